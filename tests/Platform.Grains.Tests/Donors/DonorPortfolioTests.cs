using Platform.Grains.Donors;
using Platform.Grains.Organisations;
using Platform.Grains.Tests.Access;

namespace Platform.Grains.Tests.Donors;

public sealed class DonorPortfolioTests : AdministratorTests
{
    private DonorPortfolioStore Store => new(Database, Journal, Time);

    private DonorQueries Queries => new(Database);

    [Fact]
    public async Task PortfolioAsync_DonorWithOneOfTwoGroups_ShowsOnlyThatGroup()
    {
        var donor = await Seed.UserAsync("dora");
        var inPortfolio = await Seed.GroupAsync("Mesa minera");
        await Seed.GroupAsync("Mesa nacional");

        Assert.True(await Store.MakeDonorAsync(donor, Admin));
        Assert.True(await Store.AddGroupAsync(donor, inPortfolio, Admin));

        var portfolio = await Queries.PortfolioAsync(donor);
        Assert.Equal(["Mesa minera"], portfolio.Select(g => g.Name));
    }

    [Fact]
    public async Task AddGroupAsync_NotADonor_ChangesNothing()
    {
        var person = await Seed.UserAsync("pablo");
        var group = await Seed.GroupAsync("Mesa minera");

        Assert.False(await Store.AddGroupAsync(person, group, Admin));

        Assert.Empty(await Queries.PortfolioAsync(person));
        Assert.Empty(await JournalAsync());
    }

    [Fact]
    public async Task RemoveDonorAsync_WithPortfolio_RemovesRoleAndPortfolioAndJournalsEachChange()
    {
        var donor = await Seed.UserAsync("dora");
        var group = await Seed.GroupAsync("Mesa minera");
        await Store.MakeDonorAsync(donor, Admin);
        await Store.AddGroupAsync(donor, group, Admin);

        Assert.True(await Store.RemoveDonorAsync(donor, Admin));

        Assert.Empty(await Queries.DonorsAsync());
        Assert.Empty(await Queries.PortfolioAsync(donor));
        var journal = await JournalAsync();
        Assert.Equal(["donor.made", "portfolio.group_added", "donor.removed"], journal.Select(e => e.Action));
        Assert.All(journal, e => Assert.DoesNotContain("@", e.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AggregatesAsync_SeatedPeople_CountsMembersOrganisationsAndSeats()
    {
        var group = await Seed.GroupAsync("Mesa minera");
        var asm = await Seed.OrganisationAsync("Cooperativa", "asm_organisation");
        var police = await Seed.OrganisationAsync("Policía", "public_security_police");
        var army = await Seed.OrganisationAsync("Ejército", "public_security_military");
        foreach (var (organisation, index) in new[] { asm, asm, police, army }.Select((o, i) => (o, i)))
        {
            await Seed.SeatAsync(group, await Seed.UserAsync($"person{index}"), organisation, "member");
        }

        var figures = await Queries.AggregatesAsync(group);

        Assert.NotNull(figures);
        Assert.Equal((4, 3), (figures.Members, figures.Organisations));
        Assert.Equal(2, figures.PeopleBySeat[BalanceCategory.Asm]);
        Assert.Equal(2, figures.PeopleBySeat[BalanceCategory.PublicSecurity]);
        Assert.Equal(0, figures.PeopleBySeat[BalanceCategory.Company]);
    }

    private async Task<IReadOnlyList<(string Action, string Summary)>> JournalAsync()
    {
        await using var connection = await Database.OpenAsync();
        return [.. await connection.QueryAsync<(string Action, string Summary)>("SELECT action, summary FROM journal_entry ORDER BY seq")];
    }
}
