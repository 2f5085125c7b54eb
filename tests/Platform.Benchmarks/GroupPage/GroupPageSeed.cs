using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Platform.Grains.People;
using Platform.Grains.Storage;
using Platform.Grains.WorkingGroups;

namespace Platform.Benchmarks.GroupPage;

/// <summary>A database holding one working group with <c>members</c> people across twelve organisations, built through the real grain.</summary>
internal static class GroupPageSeed
{
    public const string Password = "benchmark passphrase";

    private static readonly string[] Types =
    [
        "large_scale_mining", "asm_organisation", "community", "civil_society", "national_government", "local_government",
        "public_security_police", "public_security_military", "private_security", "oversight_body", "international_partner", "academic",
    ];

    private static readonly string[] GendersInTurn = [Genders.Woman, Genders.Man, Genders.PreferNotToSay, Genders.Woman, Genders.SelfDescribed];

    /// <summary>Returns the group id and the e-mail of a plain member to sign in as.</summary>
    public static async Task<(Guid GroupId, string MemberEmail)> CreateAsync(string folder, int members)
    {
        var database = new Database(new StorageOptions { DataDirectory = folder }, folder);
        await new Migrator(database).MigrateAsync();
        var organisations = new List<Guid>();
        await using (var connection = await database.OpenAsync())
        {
            for (var i = 0; i < Types.Length; i++)
            {
                var id = Guid.NewGuid();
                await connection.ExecuteAsync(
                    """
                    INSERT INTO organisation (id, name, normalized_name, stakeholder_type, country, created_at)
                    VALUES (@id, @name, @name, @type, 'CO', '2026-11-22T12:00:00.0000000Z')
                    """,
                    new { id = id.ToString("D"), name = $"ORGANISATION {i + 1}", type = Types[i] });
                organisations.Add(id);
            }
        }

        var people = new List<string>();
        for (var i = 0; i < members; i++)
        {
            people.Add(await PersonAsync(database, i));
        }

        await using var silo = await BenchSilo.StartAsync(database, services => services.AddSingleton<WorkingGroupStore>());
        var groupId = Guid.NewGuid();
        var group = silo.Grains.GetGrain<IWorkingGroupGrain>(groupId);
        var details = new GroupDetails("Mesa nacional de seguridad y derechos humanos", GroupScope.National, "CO", "Antioquia", "America/Bogota",
            MeetingCadence.Monthly, "Chatham House", true, "# Terms of reference\n\n- Meet monthly\n- Publish decisions\n");
        await group.CreateAsync(new CreateWorkingGroup(details, people[0], organisations[0]));
        for (var i = 1; i < members; i++)
        {
            var role = i % 10 == 0 ? GroupRole.Facilitator : i % 7 == 0 ? GroupRole.Observer : GroupRole.Member;
            await group.AddMemberAsync(new AddMember(people[i], organisations[i % organisations.Count], role, people[0]));
        }

        return (groupId, Email(1));
    }

    private static string Email(int i) => $"person{i}@example.org";

    private static async Task<string> PersonAsync(Database database, int i)
    {
        var user = new User { Email = Email(i), DisplayName = $"Persona {i}" };
        var hash = new PasswordHasher<User>().HashPassword(user, Password);
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO user_account (id, email, normalized_email, display_name, password_hash, security_stamp, concurrency_stamp, gender, created_at)
            VALUES (@Id, @Email, @normalized, @DisplayName, @hash, @SecurityStamp, @ConcurrencyStamp, @gender, '2026-11-22T12:00:00.0000000Z')
            """,
            new { user.Id, user.Email, normalized = user.Email.ToUpperInvariant(), user.DisplayName, hash, user.SecurityStamp, user.ConcurrencyStamp, gender = GendersInTurn[i % GendersInTurn.Length] });
        return user.Id;
    }
}
