using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Orleans;
using Platform.Grains.ActionItems;
using Platform.Grains.Organisations;
using Platform.Grains.People;
using Platform.Grains.Storage;
using Platform.Grains.WorkingGroups;
using Platform.Web.Accounts;

namespace Platform.Benchmarks.Live;

/// <summary>
/// Fills an EMPTY database for the live-updates benchmark (tests/live-bench): <c>groups</c> working groups of
/// <c>members</c> people each and <c>items</c> action items per group, then writes one sign-in cookie per person,
/// made by the real cookie handler's ticket format with this data directory's keys, to a file only the owner can read.
/// It runs on the services of the real host started in-process (<see cref="LiveSeedCommand"/>), never in the product;
/// people are created without a password, so nobody can sign in as them otherwise.
/// </summary>
internal sealed class LiveSeeder(
    Database database,
    OrganisationStore organisations,
    IGrainFactory grains,
    IUserClaimsPrincipalFactory<User> principals,
    IOptionsMonitor<CookieAuthenticationOptions> cookieOptions,
    SessionStore sessions,
    TimeProvider time)
{
    private const string CountPeople = "SELECT COUNT(*) FROM user_account";

    public async Task<bool> IsEmptyAsync()
    {
        return await database.ExecuteScalarAsync<long>(CountPeople) == 0;
    }

    public async Task SeedAsync(string cookieFile, int groupCount, int members, int items, TextWriter output)
    {
        var people = await CreatePeopleAsync(groupCount * members);
        var organisationIds = new List<Guid>();
        foreach (var type in Enum.GetValues<StakeholderType>())
        {
            var saved = await organisations.CreateAsync(new OrganisationDetails($"Bench organisation {type}", type, "CO", null, null), people[0].Id);
            organisationIds.Add(saved.OrganisationId);
        }

        var options = cookieOptions.Get(IdentityConstants.ApplicationScheme);
        var groups = new List<BenchGroup>();
        for (var g = 0; g < groupCount; g++)
        {
            var seats = people.Skip(g * members).Take(members).ToList();
            groups.Add(await CreateGroupAsync(g, seats, organisationIds, items, options));
        }

        var manifest = new BenchManifest(options.Cookie.Name!, groups);
        await using (var file = new FileStream(cookieFile, FileMode.CreateNew, FileAccess.Write))
        {
            // Owner-only before a single cookie is written.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await JsonSerializer.SerializeAsync(file, manifest, JsonOptions);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"bench data created: {groupCount} working groups × {members} people, {items} action items per group; cookies in {cookieFile}"));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private const string InsertPerson = """
        INSERT INTO user_account (id, email, normalized_email, display_name, password_hash, security_stamp, concurrency_stamp, created_at, two_step_grace_until)
        VALUES (@Id, @Email, @NormalizedEmail, @DisplayName, NULL, @SecurityStamp, @ConcurrencyStamp, @createdAt, @grace)
        """;

    // One transaction for thousands of people: the benchmark's setup, not its subject.
    private async Task<List<User>> CreatePeopleAsync(int count)
    {
        var createdAt = StoredTime.Write(time.GetUtcNow());

        // The benchmark's facilitators post through cookies made here: they are not asked for a second step. The grace
        // goes on the rows and on these objects, which the cookies' principals are made from.
        var graceUntil = time.GetUtcNow().AddYears(1);
        var grace = StoredTime.Write(graceUntil);
        var people = Enumerable.Range(0, count).Select(i => new User
        {
            Email = $"bench{i}@example.org",
            NormalizedEmail = $"BENCH{i}@EXAMPLE.ORG",
            DisplayName = $"Bench person {i}",
            TwoStepGraceUntil = graceUntil,
        }).ToList();
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var person in people)
        {
            await connection.ExecuteAsync(InsertPerson, new { person.Id, person.Email, person.NormalizedEmail, person.DisplayName, person.SecurityStamp, person.ConcurrencyStamp, createdAt, grace }, transaction);
        }

        await transaction.CommitAsync();
        return people;
    }

    private async Task<BenchGroup> CreateGroupAsync(int index, List<User> seats, List<Guid> organisationIds, int items, CookieAuthenticationOptions options)
    {
        var id = Guid.NewGuid();
        var facilitator = seats[0].Id;
        var group = grains.GetGrain<IWorkingGroupGrain>(id);
        var details = new GroupDetails($"Bench working group {index + 1}", GroupScope.National, "CO", "Antioquia", "America/Bogota",
            MeetingCadence.Monthly, "Chatham House", true, "# Terms of reference\n\n- Meet monthly\n");
        await group.CreateAsync(new CreateWorkingGroup(details, facilitator, organisationIds[0]));
        for (var i = 1; i < seats.Count; i++)
        {
            await group.AddMemberAsync(new AddMember(seats[i].Id, organisationIds[i % organisationIds.Count], GroupRole.Member, facilitator));
        }

        var itemIds = new List<Guid>();
        for (var i = 0; i < items; i++)
        {
            var itemId = Guid.NewGuid();
            var itemDetails = new ActionItemDetails($"Bench action {i + 1}", null, seats[1 + (i % (seats.Count - 1))].Id, null, null, ActionItemPriority.Normal);
            await grains.GetGrain<IActionItemGrain>(itemId).CreateAsync(new CreateActionItem(id, itemDetails, null, facilitator));
            itemIds.Add(itemId);
        }

        var cookies = new List<string>();
        foreach (var person in seats)
        {
            cookies.Add(await CookieAsync(person, options));
        }

        return new BenchGroup(id, itemIds, cookies);
    }

    /// <summary>What CookieAuthenticationHandler.HandleSignInAsync puts in the cookie: the protected ticket, issued now, with its session.</summary>
    private async Task<string> CookieAsync(User person, CookieAuthenticationOptions options)
    {
        var principal = await principals.CreateAsync(person);
        var issued = time.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = issued, ExpiresUtc = issued.Add(options.ExpireTimeSpan) };
        properties.Items[SessionCookieEvents.SessionItem] = await sessions.StartAsync(person.Id, options.ExpireTimeSpan);
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.ApplicationScheme);
        return options.TicketDataFormat.Protect(ticket);
    }
}

/// <summary>The file the benchmark driver reads: the cookie's name and, per group, its action items and one cookie per seat (the first is the facilitator).</summary>
internal sealed record BenchManifest(string CookieName, IReadOnlyList<BenchGroup> Groups);

internal sealed record BenchGroup(Guid Id, IReadOnlyList<Guid> Items, IReadOnlyList<string> Cookies);
