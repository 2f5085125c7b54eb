using Platform.Grains.People;

namespace Platform.Grains.Tests.People;

public sealed class UserStoreTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Create_ThenFindByEmail_RoundTripsEveryField()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = Store(temp);
        var user = new User { Email = "Ana@example.org", NormalizedEmail = "ANA@EXAMPLE.ORG", DisplayName = "Ana", LockoutEnd = time.GetUtcNow().AddMinutes(15), TimeZone = "America/Bogota" };

        await store.CreateAsync(user, default);
        var found = await store.FindByEmailAsync("ANA@EXAMPLE.ORG", default);

        Assert.NotNull(found);
        Assert.Equal((user.Id, user.Email, user.LockoutEnd, user.TimeZone, Genders.PreferNotToSay, time.GetUtcNow()),
            (found.Id, found.Email, found.LockoutEnd, found.TimeZone, found.Gender, found.CreatedAt));
    }

    [Fact]
    public async Task Update_WithStaleCopy_FailsAndKeepsTheNewerWrite()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = Store(temp);
        var user = UserA("First");
        await store.CreateAsync(user, default);
        var stale = (await store.FindByIdAsync(user.Id, default))!;
        user.DisplayName = "Second";
        await store.UpdateAsync(user, default);

        stale.DisplayName = "Stale";
        var result = await store.UpdateAsync(stale, default);

        Assert.False(result.Succeeded);
        Assert.Equal("Second", (await store.FindByIdAsync(user.Id, default))!.DisplayName);
    }

    [Fact]
    public async Task AddToRole_UpperCasedName_IsStoredAndMakesAnAdministrator()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = Store(temp);
        var user = UserA("A");
        await store.CreateAsync(user, default);
        var before = await store.AnyAdministratorAsync();

        await store.AddToRoleAsync(user, "ADMINISTRATOR", default);

        Assert.False(before);
        Assert.True(await store.AnyAdministratorAsync());
        Assert.True(await store.IsInRoleAsync(user, "ADMINISTRATOR", default));
    }

    [Fact]
    public async Task TwoStep_OnCodesRecoveryOff_EachJournalledWithThePersonAndNoCode()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var store = Store(temp);
        var user = UserA("A");
        await store.CreateAsync(user, default);

        await store.SetTwoFactorEnabledAsync(user, true, default);
        await store.UpdateAsync(user, default);
        await store.ReplaceCodesAsync(user, ["AAAA-1111", "BBBB-2222"], default);
        Assert.True(await store.RedeemCodeAsync(user, "aaaa1111", default));
        Assert.False(await store.RedeemCodeAsync(user, "aaaa1111", default));
        user.DisplayName = "A again";
        await store.UpdateAsync(user, default);
        await store.SetTwoFactorEnabledAsync(user, false, default);
        await store.ReplaceCodesAsync(user, [], default);
        await store.UpdateAsync(user, default);

        await using var connection = await temp.Database.OpenAsync();
        var entries = (await connection.QueryAsync<(string Action, string Actor, string Summary)>(
            "SELECT action, actor, summary FROM journal_entry WHERE entity_kind = 'account' ORDER BY seq")).ToList();
        Assert.Equal(
            ["account.two_step_enabled", "account.recovery_codes_renewed", "account.recovery_code_used", "account.two_step_disabled"],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(user.Id, e.Actor));
        Assert.DoesNotContain(entries, e => e.Summary.Contains("AAAA", StringComparison.OrdinalIgnoreCase) || e.Summary.Contains("1111", StringComparison.Ordinal));
    }

    private UserStore Store(TempDatabase temp) => new(temp.Database, time, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());

    /// <summary>A new account for a@example.org, shown as <paramref name="displayName"/>.</summary>
    private static User UserA(string displayName) => new() { Email = "a@example.org", NormalizedEmail = "A@EXAMPLE.ORG", DisplayName = displayName };
}
