using Platform.Grains.People;
using Platform.Grains.Tests.Access;

namespace Platform.Grains.Tests.People;

/// <summary>The rules of an administrator's changes to a person's access, on the database itself.</summary>
public sealed class PeopleStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private TempDatabase db = null!;
    private AccessSeed seed = null!;
    private PeopleStore store = null!;
    private SessionStore sessions = null!;
    private string admin = "";

    public async Task InitializeAsync()
    {
        db = await TempDatabase.MigratedAsync("NORMAL");
        seed = new AccessSeed(db.Database);
        store = new PeopleStore(db.Database, new JournalWriter(time), time);
        sessions = new SessionStore(db.Database, time);
        admin = await seed.UserAsync("ana", PlatformRoles.Administrator);
    }

    public Task DisposeAsync()
    {
        db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DeactivateAsync_SignedInPerson_EndsEverySessionKeepsTheSeatAndJournalsTheActor()
    {
        var person = await seed.UserAsync("pablo");
        var group = await seed.GroupAsync("Mesa minera");
        await seed.SeatAsync(group, person, await seed.OrganisationAsync("Cooperativa"), "member");
        var first = await sessions.StartAsync(person, Lifetime);
        var second = await sessions.StartAsync(person, Lifetime);

        var outcome = await store.DeactivateAsync(person, admin);

        Assert.Equal(DeactivationOutcome.Deactivated, outcome);
        Assert.False(await sessions.IsCurrentAsync(first, person, "stamp"));
        Assert.False(await sessions.IsCurrentAsync(second, person, "stamp"));
        Assert.Single(await new PeopleQueries(db.Database).SeatsAsync(person));
        Assert.NotNull((await new PeopleQueries(db.Database).FindAsync(person))!.DeactivatedAt);
        Assert.Equal([("account.deactivated", person, admin)], await JournalAsync());
    }

    [Fact]
    public async Task IsCurrentAsync_SessionOfADeactivatedAccount_IsRefused()
    {
        var person = await seed.UserAsync("pablo");
        await store.DeactivateAsync(person, admin);
        var stamp = await ScalarAsync("SELECT security_stamp FROM user_account WHERE id = @person", new { person });

        // A sign-in that raced the deactivation: its session row was written after the sessions were ended.
        var late = await sessions.StartAsync(person, Lifetime);

        Assert.False(await sessions.IsCurrentAsync(late, person, stamp));
    }

    [Fact]
    public async Task DeactivateAsync_Self_IsRefusedAndChangesNothing()
    {
        await seed.UserAsync("beto", PlatformRoles.Administrator);

        Assert.Equal(DeactivationOutcome.Self, await store.DeactivateAsync(admin, admin));

        Assert.Null((await new PeopleQueries(db.Database).FindAsync(admin))!.DeactivatedAt);
        Assert.Empty(await JournalAsync());
    }

    [Fact]
    public async Task DeactivateAsync_LastActiveAdministrator_IsRefused()
    {
        var other = await seed.UserAsync("beto", PlatformRoles.Administrator);
        var third = await seed.UserAsync("carla", PlatformRoles.Administrator);
        Assert.Equal(DeactivationOutcome.Deactivated, await store.DeactivateAsync(third, admin));

        // Beto deactivates Ana; Ana's request against Beto, the only one left, must fail.
        Assert.Equal(DeactivationOutcome.Deactivated, await store.DeactivateAsync(admin, other));
        var refused = await store.DeactivateAsync(other, third);

        Assert.Equal(DeactivationOutcome.LastAdministrator, refused);
        Assert.Null((await new PeopleQueries(db.Database).FindAsync(other))!.DeactivatedAt);
    }

    [Fact]
    public async Task ReactivateAsync_Deactivated_ClearsItOnceAndRenewsTheStamp()
    {
        var person = await seed.UserAsync("pablo");
        await store.DeactivateAsync(person, admin);
        var stampWhileOff = await ScalarAsync("SELECT security_stamp FROM user_account WHERE id = @person", new { person });

        Assert.True(await store.ReactivateAsync(person, admin));
        Assert.False(await store.ReactivateAsync(person, admin));

        Assert.Null((await new PeopleQueries(db.Database).FindAsync(person))!.DeactivatedAt);
        Assert.NotEqual(stampWhileOff, await ScalarAsync("SELECT security_stamp FROM user_account WHERE id = @person", new { person }));
        Assert.Equal(["account.deactivated", "account.reactivated"], (await JournalAsync()).Select(e => e.Action));
    }

    [Fact]
    public async Task AllowGraceAsync_SevenDays_SetsTheDateAndEndGraceClearsIt()
    {
        var person = await seed.UserAsync("fiona");

        Assert.True(await store.AllowGraceAsync(person, 7, admin));
        var granted = (await new PeopleQueries(db.Database).FindAsync(person))!.TwoStepGraceUntil;
        Assert.True(await store.EndGraceAsync(person, admin));
        Assert.False(await store.EndGraceAsync(person, admin));

        Assert.Equal(time.GetUtcNow().AddDays(7), granted!.Value, TimeSpan.FromSeconds(1));
        Assert.Null((await new PeopleQueries(db.Database).FindAsync(person))!.TwoStepGraceUntil);
        Assert.Equal(["account.two_step_grace_allowed", "account.two_step_grace_ended"], (await JournalAsync()).Select(e => e.Action));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.AllowGraceAsync(person, 31, admin));
    }

    [Fact]
    public async Task StartAsync_SignIn_RecordsTheLastSignInTime()
    {
        var person = await seed.UserAsync("pablo");
        await sessions.StartAsync(person, Lifetime);

        var shown = (await new PeopleQueries(db.Database).FindAsync(person))!.LastSignedInAt;

        Assert.Equal(time.GetUtcNow(), shown!.Value, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task SearchAsync_PartOfNameOrAddress_FindsThePersonWhateverTheCase()
    {
        await seed.UserAsync("Rosa_Quispe");
        await seed.UserAsync("julian");

        var byName = await new PeopleQueries(db.Database).SearchAsync("rOSA");
        var byAddress = await new PeopleQueries(db.Database).SearchAsync("JULIAN@EXAMPLE");
        var wildcard = await new PeopleQueries(db.Database).SearchAsync("%");
        var underscore = await new PeopleQueries(db.Database).SearchAsync("_q");

        Assert.Equal(["Rosa_Quispe"], byName.People.Select(p => p.DisplayName));
        Assert.Equal(["julian"], byAddress.People.Select(p => p.DisplayName));
        Assert.Empty(wildcard.People);
        Assert.Equal(["Rosa_Quispe"], underscore.People.Select(p => p.DisplayName));
    }

    private async Task<string> ScalarAsync(string sql, object parameters)
    {
        await using var connection = await db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<string>(sql, parameters) ?? "";
    }

    private async Task<IReadOnlyList<(string Action, string EntityKey, string Actor)>> JournalAsync()
    {
        await using var connection = await db.Database.OpenAsync();
        return [.. await connection.QueryAsync<(string Action, string EntityKey, string Actor)>("SELECT action, entity_key, actor FROM journal_entry ORDER BY seq")];
    }
}
