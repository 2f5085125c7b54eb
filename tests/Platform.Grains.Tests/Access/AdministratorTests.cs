using Platform.Grains.People;

namespace Platform.Grains.Tests.Access;

/// <summary>
/// What the tests of an administrator's work start from: a migrated database of their own (synchronous=NORMAL, as the
/// host runs it), its <see cref="AccessSeed"/>, a fake clock at the real now, and Ana, an administrator. xUnit builds a
/// test class once per test, so each test gets them fresh; the stores under test are made on them when asked for.
/// </summary>
public abstract class AdministratorTests : IAsyncLifetime
{
    private TempDatabase? db;

    private protected Database Database => db!.Database;

    private protected AccessSeed Seed { get; private set; } = null!;

    private protected FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>A journal writer on the test's clock.</summary>
    private protected JournalWriter Journal => new(Time);

    /// <summary>Ana's user id; she holds the administrator role.</summary>
    private protected string Admin { get; private set; } = "";

    public async Task InitializeAsync()
    {
        db = await TempDatabase.MigratedAsync("NORMAL");
        Seed = new AccessSeed(db.Database);
        Admin = await Seed.UserAsync("ana", PlatformRoles.Administrator);
    }

    public Task DisposeAsync()
    {
        db?.Dispose();
        return Task.CompletedTask;
    }
}
