using Orleans;
using Platform.Grains.Donors;
using Platform.Grains.Organisations;

namespace Platform.Host.Demo;

/// <summary>
/// Fills an empty database with <see cref="DemoData"/> through the same stores and grains the pages use,
/// so every change is journaled and every rule applies. Refuses a database that already has people.
/// </summary>
internal sealed class DemoSeeder(
    Database database,
    UserManager<User> users,
    OrganisationStore organisations,
    IGrainFactory grains,
    DonorPortfolioStore donors,
    TimeProvider time)
{
    private const string CountPeople = "SELECT COUNT(*) FROM user_account";

    public async Task<bool> IsEmptyAsync()
    {
        return await database.ExecuteScalarAsync<long>(CountPeople) == 0;
    }

    public async Task SeedAsync(TextWriter output)
    {
        var people = new Dictionary<string, User>();
        foreach (var person in DemoData.People)
        {
            people[person.Key] = await CreatePersonAsync(person);
        }

        var admin = people["admin"];
        await users.AddToRoleAsync(admin, PlatformRoles.Administrator);

        var organisationIds = new Dictionary<string, Guid>();
        foreach (var organisation in DemoData.Organisations)
        {
            var saved = await organisations.CreateAsync(new OrganisationDetails(organisation.Name, organisation.Type, "CO", organisation.Description, null), admin.Id);
            organisationIds[organisation.Key] = saved.OrganisationId;
        }

        var groupIds = new List<Guid>();
        foreach (var group in DemoData.Groups)
        {
            var id = Guid.NewGuid();
            var grain = grains.GetGrain<IWorkingGroupGrain>(id);
            var (creator, rest) = (group.Seats[0], group.Seats.Skip(1));
            await grain.CreateAsync(new CreateWorkingGroup(group.Details, people[creator.Person].Id, organisationIds[creator.Organisation]));
            foreach (var seat in rest)
            {
                await grain.AddMemberAsync(new AddMember(people[seat.Person].Id, organisationIds[seat.Organisation], seat.Role, people[creator.Person].Id));
            }

            groupIds.Add(id);
            await new DemoHistory(database, time).AddAsync(id, [.. group.Seats.Select(s => new DemoHistory.Seat(people[s.Person].Id, organisationIds[s.Organisation]))]);
        }

        var donor = people[DemoData.Donor];
        if (!await donors.MakeDonorAsync(donor.Id, admin.Id))
        {
            throw new InvalidOperationException("The demo donor must sit in no working group.");
        }

        foreach (var id in groupIds)
        {
            await donors.AddGroupAsync(donor.Id, id, admin.Id);
        }

        await output.WriteLineAsync(SignInTable(people));
    }

    /// <summary>How long the demo's administrator and facilitators may work before two-step verification is required.</summary>
    public static readonly TimeSpan DemoGrace = TimeSpan.FromDays(30);

    private async Task<User> CreatePersonAsync(DemoData.DemoPerson person)
    {
        var user = new User
        {
            Email = person.Email,
            DisplayName = person.Name,
            PreferredLanguage = person.Language,
            TimeZone = "America/Bogota",
            Gender = person.Gender,

            // Demo people try the platform first; two-step verification is asked of its administrator and facilitators later.
            TwoStepGraceUntil = time.GetUtcNow() + DemoGrace,
        };
        var result = await users.CreateAsync(user, DemoData.Password);
        return result.Succeeded
            ? user
            : throw new InvalidOperationException($"Could not create {person.Key}: {string.Join("; ", result.Errors.Select(e => e.Code))}");
    }

    private static string SignInTable(Dictionary<string, User> people) =>
        $"""
        Demo data created: 2 working groups, {DemoData.Organisations.Count} organisations, {DemoData.People.Count} people.
        Sign in at /account/sign-in with password "{DemoData.Password}" as:
          administrator  {people["admin"].Email}
          facilitator    {people["ana"].Email}   (Voluntary Principles Working Group – Colombia)
          member         {people["james"].Email}
          observer       {people["pieter"].Email}
          donor          {people[DemoData.Donor].Email}   (both groups in her portfolio)
        The administrator and facilitators must turn on two-step verification (Profile) within {DemoGrace.Days} days.
        """;
}
