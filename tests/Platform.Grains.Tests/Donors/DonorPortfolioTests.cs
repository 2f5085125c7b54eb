using Platform.Grains.Donors;
using Platform.Grains.Organisations;
using Platform.Grains.Tests.Access;

namespace Platform.Grains.Tests.Donors;

public sealed class DonorPortfolioTests : IAsyncLifetime
{
    private TempDatabase db = null!;
    private AccessSeed seed = null!;
    private DonorPortfolioStore store = null!;
    private DonorQueries queries = null!;
    private string admin = "";

    public async Task InitializeAsync()
    {
        db = await TempDatabase.MigratedAsync("NORMAL");
        seed = new AccessSeed(db.Database);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        store = new DonorPortfolioStore(db.Database, new JournalWriter(time), time);
        queries = new DonorQueries(db.Database);
        admin = await seed.UserAsync("ana", "administrator");
    }

    public Task DisposeAsync()
    {
        db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PortfolioAsync_DonorWithOneOfTwoGroups_ShowsOnlyThatGroup()
    {
        var donor = await seed.UserAsync("dora");
        var inPortfolio = await seed.GroupAsync("Mesa minera");
        await seed.GroupAsync("Mesa nacional");

        Assert.True(await store.MakeDonorAsync(donor, admin));
        Assert.True(await store.AddGroupAsync(donor, inPortfolio, admin));

        var portfolio = await queries.PortfolioAsync(donor);
        Assert.Equal(["Mesa minera"], portfolio.Select(g => g.Name));
    }

    [Fact]
    public async Task AddGroupAsync_NotADonor_ChangesNothing()
    {
        var person = await seed.UserAsync("pablo");
        var group = await seed.GroupAsync("Mesa minera");

        Assert.False(await store.AddGroupAsync(person, group, admin));

        Assert.Empty(await queries.PortfolioAsync(person));
        Assert.Empty(await JournalAsync());
    }

    [Fact]
    public async Task RemoveDonorAsync_WithPortfolio_RemovesRoleAndPortfolioAndJournalsEachChange()
    {
        var donor = await seed.UserAsync("dora");
        var group = await seed.GroupAsync("Mesa minera");
        await store.MakeDonorAsync(donor, admin);
        await store.AddGroupAsync(donor, group, admin);

        Assert.True(await store.RemoveDonorAsync(donor, admin));

        Assert.Empty(await queries.DonorsAsync());
        Assert.Empty(await queries.PortfolioAsync(donor));
        var journal = await JournalAsync();
        Assert.Equal(["donor.made", "portfolio.group_added", "donor.removed"], journal.Select(e => e.Action));
        Assert.All(journal, e => Assert.DoesNotContain("@", e.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AggregatesAsync_SeatedPeople_CountsMembersOrganisationsAndSeats()
    {
        var group = await seed.GroupAsync("Mesa minera");
        var asm = await seed.OrganisationAsync("Cooperativa", "asm_organisation");
        var police = await seed.OrganisationAsync("Policía", "public_security_police");
        var army = await seed.OrganisationAsync("Ejército", "public_security_military");
        foreach (var (organisation, index) in new[] { asm, asm, police, army }.Select((o, i) => (o, i)))
        {
            await seed.SeatAsync(group, await seed.UserAsync($"person{index}"), organisation, "member");
        }

        var figures = await queries.AggregatesAsync(group);

        Assert.NotNull(figures);
        Assert.Equal((4, 3), (figures.Members, figures.Organisations));
        Assert.Equal(2, figures.PeopleBySeat[BalanceCategory.Asm]);
        Assert.Equal(2, figures.PeopleBySeat[BalanceCategory.PublicSecurity]);
        Assert.Equal(0, figures.PeopleBySeat[BalanceCategory.Company]);
    }

    private async Task<IReadOnlyList<(string Action, string Summary)>> JournalAsync()
    {
        await using var connection = await db.Database.OpenAsync();
        return [.. await connection.QueryAsync<(string Action, string Summary)>("SELECT action, summary FROM journal_entry ORDER BY seq")];
    }
}
