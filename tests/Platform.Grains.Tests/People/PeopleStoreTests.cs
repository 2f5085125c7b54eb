using Platform.Grains.People;
using Platform.Grains.Tests.Access;

namespace Platform.Grains.Tests.People;

/// <summary>The rules of an administrator's changes to a person's access, on the database itself.</summary>
public sealed class PeopleStoreTests : AdministratorTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private PeopleStore Store => new(Database, Journal, Time);

    private SessionStore Sessions => new(Database, Time);

    private PeopleQueries People => new(Database);

    [Fact]
    public async Task DeactivateAsync_SignedInPerson_EndsEverySessionKeepsTheSeatAndJournalsTheActor()
    {
        var person = await Seed.UserAsync("pablo");
        var group = await Seed.GroupAsync("Mesa minera");
        await Seed.SeatAsync(group, person, await Seed.OrganisationAsync("Cooperativa"), "member");
        var first = await Sessions.StartAsync(person, Lifetime);
        var second = await Sessions.StartAsync(person, Lifetime);

        var outcome = await Store.DeactivateAsync(person, Admin);

        Assert.Equal(DeactivationOutcome.Deactivated, outcome);
        Assert.False(await Sessions.IsCurrentAsync(first, person, "stamp"));
        Assert.False(await Sessions.IsCurrentAsync(second, person, "stamp"));
        Assert.Single(await People.SeatsAsync(person));
        Assert.NotNull((await People.FindAsync(person))!.DeactivatedAt);
        Assert.Equal([("account.deactivated", person, Admin)], await JournalAsync());
    }

    [Fact]
    public async Task IsCurrentAsync_SessionOfADeactivatedAccount_IsRefused()
    {
        var person = await Seed.UserAsync("pablo");
        await Store.DeactivateAsync(person, Admin);
        var stamp = await ScalarAsync("SELECT security_stamp FROM user_account WHERE id = @person", new { person });

        // A sign-in that raced the deactivation: its session row was written after the Sessions were ended.
        var late = await Sessions.StartAsync(person, Lifetime);

        Assert.False(await Sessions.IsCurrentAsync(late, person, stamp));
    }

    [Fact]
    public async Task DeactivateAsync_Self_IsRefusedAndChangesNothing()
    {
        await Seed.UserAsync("beto", PlatformRoles.Administrator);

        Assert.Equal(DeactivationOutcome.Self, await Store.DeactivateAsync(Admin, Admin));

        Assert.Null((await People.FindAsync(Admin))!.DeactivatedAt);
        Assert.Empty(await JournalAsync());
    }

    [Fact]
    public async Task DeactivateAsync_LastActiveAdministrator_IsRefused()
    {
        var other = await Seed.UserAsync("beto", PlatformRoles.Administrator);
        var third = await Seed.UserAsync("carla", PlatformRoles.Administrator);
        Assert.Equal(DeactivationOutcome.Deactivated, await Store.DeactivateAsync(third, Admin));

        // Beto deactivates Ana; Ana's request against Beto, the only one left, must fail.
        Assert.Equal(DeactivationOutcome.Deactivated, await Store.DeactivateAsync(Admin, other));
        var refused = await Store.DeactivateAsync(other, third);

        Assert.Equal(DeactivationOutcome.LastAdministrator, refused);
        Assert.Null((await People.FindAsync(other))!.DeactivatedAt);
    }

    [Fact]
    public async Task ReactivateAsync_Deactivated_ClearsItOnceAndRenewsTheStamp()
    {
        var person = await Seed.UserAsync("pablo");
        await Store.DeactivateAsync(person, Admin);
        var stampWhileOff = await ScalarAsync("SELECT security_stamp FROM user_account WHERE id = @person", new { person });

        Assert.True(await Store.ReactivateAsync(person, Admin));
        Assert.False(await Store.ReactivateAsync(person, Admin));

        Assert.Null((await People.FindAsync(person))!.DeactivatedAt);
        Assert.NotEqual(stampWhileOff, await ScalarAsync("SELECT security_stamp FROM user_account WHERE id = @person", new { person }));
        Assert.Equal(["account.deactivated", "account.reactivated"], (await JournalAsync()).Select(e => e.Action));
    }

    [Fact]
    public async Task AllowGraceAsync_SevenDays_SetsTheDateAndEndGraceClearsIt()
    {
        var person = await Seed.UserAsync("fiona");

        Assert.True(await Store.AllowGraceAsync(person, 7, Admin));
        var granted = (await People.FindAsync(person))!.TwoStepGraceUntil;
        Assert.True(await Store.EndGraceAsync(person, Admin));
        Assert.False(await Store.EndGraceAsync(person, Admin));

        Assert.Equal(Time.GetUtcNow().AddDays(7), granted!.Value, TimeSpan.FromSeconds(1));
        Assert.Null((await People.FindAsync(person))!.TwoStepGraceUntil);
        Assert.Equal(["account.two_step_grace_allowed", "account.two_step_grace_ended"], (await JournalAsync()).Select(e => e.Action));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.AllowGraceAsync(person, 31, Admin));
    }

    [Fact]
    public async Task StartAsync_SignIn_RecordsTheLastSignInTime()
    {
        var person = await Seed.UserAsync("pablo");
        await Sessions.StartAsync(person, Lifetime);

        var shown = (await People.FindAsync(person))!.LastSignedInAt;

        Assert.Equal(Time.GetUtcNow(), shown!.Value, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task SearchAsync_PartOfNameOrAddress_FindsThePersonWhateverTheCase()
    {
        await Seed.UserAsync("Rosa_Quispe");
        await Seed.UserAsync("julian");

        var byName = await People.SearchAsync("rOSA");
        var byAddress = await People.SearchAsync("JULIAN@EXAMPLE");
        var wildcard = await People.SearchAsync("%");
        var underscore = await People.SearchAsync("_q");

        Assert.Equal(["Rosa_Quispe"], byName.People.Select(p => p.DisplayName));
        Assert.Equal(["julian"], byAddress.People.Select(p => p.DisplayName));
        Assert.Empty(wildcard.People);
        Assert.Equal(["Rosa_Quispe"], underscore.People.Select(p => p.DisplayName));
    }

    private async Task<string> ScalarAsync(string sql, object parameters) => await new TestData(Database).ScalarAsync<string?>(sql, parameters) ?? "";

    private async Task<IReadOnlyList<(string Action, string EntityKey, string Actor)>> JournalAsync()
    {
        await using var connection = await Database.OpenAsync();
        return [.. await connection.QueryAsync<(string Action, string EntityKey, string Actor)>("SELECT action, entity_key, actor FROM journal_entry ORDER BY seq")];
    }
}
