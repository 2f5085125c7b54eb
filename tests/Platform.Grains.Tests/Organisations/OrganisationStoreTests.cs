using Platform.Grains.Organisations;

namespace Platform.Grains.Tests.Organisations;

public sealed class OrganisationStoreTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    private static OrganisationDetails Esperanza(string name = "Cooperativa La Esperanza", string country = "CO") =>
        new(name, StakeholderType.AsmOrganisation, country, "Gold miners in Segovia", "https://esperanza.example.org");

    private OrganisationStore Store(TempDatabase temp) => new(temp.Database, new JournalWriter(time), time);

    [Fact]
    public async Task Create_NewName_IsSavedWithOneJournalEntry()
    {
        using var temp = await TempDatabase.MigratedAsync();

        var result = await Store(temp).CreateAsync(Esperanza("  Cooperativa La Esperanza  "), actor: null);

        Assert.Equal(OrganisationSaveStatus.Saved, result.Status);
        var found = (await new OrganisationQueries(temp.Database).FindAsync(result.OrganisationId))!.Organisation;
        Assert.Equal(("Cooperativa La Esperanza", StakeholderType.AsmOrganisation, "CO", time.GetUtcNow()), (found.Name, found.Type, found.Country, found.CreatedAt));
        var entry = Assert.Single(await JournalRows(temp));
        Assert.Equal(("organisation", result.OrganisationId.ToString(), "created"), (entry.EntityKind, entry.EntityKey, entry.Action));
    }

    [Theory]
    [InlineData("cooperativa la esperanza")]
    [InlineData("  COOPERATIVA LA ESPERANZA\t")]
    public async Task Create_SameNameOtherCaseOrSpacesSameCountry_IsRefusedWithExistingIdAndNoJournalRow(string name)
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = Store(temp);
        var first = await store.CreateAsync(Esperanza(), actor: null);

        var second = await store.CreateAsync(Esperanza(name), actor: null);

        Assert.Equal(new OrganisationSaveResult(OrganisationSaveStatus.Duplicate, first.OrganisationId), second);
        Assert.Single(await JournalRows(temp));
        Assert.Equal(1, (await new OrganisationQueries(temp.Database).ListAsync(new(null, null))).Total);
    }

    [Fact]
    public async Task Create_SameNameOtherCountry_IsSaved()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = Store(temp);
        await store.CreateAsync(Esperanza(), actor: null);

        var peru = await store.CreateAsync(Esperanza(country: "PE"), actor: null);

        Assert.Equal(OrganisationSaveStatus.Saved, peru.Status);
    }

    [Fact]
    public async Task Update_IntoAnotherOrganisationsName_IsRefusedAndChangesNothing()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = Store(temp);
        var first = await store.CreateAsync(Esperanza(), actor: null);
        var other = await store.CreateAsync(Esperanza("Mina El Roble"), actor: null);

        var result = await store.UpdateAsync(other.OrganisationId, Esperanza(" cooperativa LA esperanza"), actor: null);

        Assert.Equal(new OrganisationSaveResult(OrganisationSaveStatus.Duplicate, first.OrganisationId), result);
        Assert.Equal("Mina El Roble", (await new OrganisationQueries(temp.Database).FindAsync(other.OrganisationId))!.Organisation.Name);
        Assert.Equal(2, (await JournalRows(temp)).Count);
    }

    [Fact]
    public async Task Update_OwnNameInOtherCase_IsSavedAndJournaled()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = Store(temp);
        var created = await store.CreateAsync(Esperanza(), actor: null);

        var result = await store.UpdateAsync(created.OrganisationId, Esperanza("COOPERATIVA La Esperanza") with { Website = null }, actor: null);

        Assert.Equal(OrganisationSaveStatus.Saved, result.Status);
        var found = (await new OrganisationQueries(temp.Database).FindAsync(created.OrganisationId))!.Organisation;
        Assert.Equal(("COOPERATIVA La Esperanza", null), (found.Name, found.Website));
        Assert.Equal("updated", (await JournalRows(temp))[^1].Action);
    }

    [Fact]
    public async Task Update_UnknownId_ReportsNotFound()
    {
        using var temp = await TempDatabase.MigratedAsync();

        var result = await Store(temp).UpdateAsync(Guid.NewGuid(), Esperanza(), actor: null);

        Assert.Equal(OrganisationSaveStatus.NotFound, result.Status);
        Assert.Empty(await JournalRows(temp));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative")]
    [InlineData("ftp://example.org")]
    public async Task Create_WebsiteNotHttp_Throws(string website)
    {
        using var temp = await TempDatabase.MigratedAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Store(temp).CreateAsync(Esperanza() with { Website = website }, actor: null));
    }

    private static async Task<List<(string EntityKind, string EntityKey, string Action)>> JournalRows(TempDatabase temp)
    {
        await using var connection = await temp.Database.OpenAsync();
        return [.. await connection.QueryAsync<(string, string, string)>("SELECT entity_kind, entity_key, action FROM journal_entry ORDER BY seq")];
    }
}
