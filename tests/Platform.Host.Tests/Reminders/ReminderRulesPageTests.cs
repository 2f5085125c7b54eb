using Platform.Grains.Reminders;

namespace Platform.Host.Tests.Reminders;

public sealed class ReminderRulesPageTests
{
    [Fact]
    public async Task Save_BadValuesInSpanish_MessagesNextToFieldsAndWhatWasTypedKept()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        await SpeaksAsync(factory, group.Facilitator, "es");
        using var facilitator = factory.Browser();
        await facilitator.SignInAsync(group.Facilitator.Email!, PlatformFactory.Password);

        var page = await facilitator.SubmitAsync($"/groups/{group.GroupId}/reminders", new Dictionary<string, string>
        {
            ["Input.HoursBefore"] = "48, dos",
            ["Input.DaysBefore"] = "3",
            ["Input.OverdueDays"] = "0",
            ["Input.StaleDays"] = "21",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("true", page.Document.QuerySelector("#hours-before")?.GetAttribute("aria-invalid"));
        Assert.Contains("horas enteras", page.Document.QuerySelector("#hours-before-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("entre 1 y 365", page.Document.QuerySelector("#overdue-days-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#stale-days-error"));
        Assert.Equal(("48, dos", "21"), (page.Document.QuerySelector("#hours-before")?.GetAttribute("value"), page.Document.QuerySelector("#stale-days")?.GetAttribute("value")));
        Assert.Equal(ReminderRule.Default, await RuleAsync(factory, group.GroupId), RuleComparer.Instance);
    }

    [Fact]
    public async Task Save_ValidValues_StoredJournalledAndShownAsHours()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var facilitator = factory.Browser();
        await facilitator.SignInAsync(group.Facilitator.Email!, PlatformFactory.Password);
        var form = await facilitator.GetAsync($"/groups/{group.GroupId}/reminders");

        var page = await facilitator.SubmitAsync($"/groups/{group.GroupId}/reminders", new Dictionary<string, string>
        {
            ["Input.HoursBefore"] = "2; 72 24",
            ["Input.DaysBefore"] = "5",
            ["Input.OverdueDays"] = "10",
            ["Input.StaleDays"] = "30",
        });

        Assert.Equal("48, 2", form.Document.QuerySelector("#hours-before")?.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("[role=status]"));
        Assert.Equal("72, 24, 2", page.Document.QuerySelector("#hours-before")?.GetAttribute("value"));
        Assert.Equal(new ReminderRule([4320, 1440, 120], 5, 10, 30), await RuleAsync(factory, group.GroupId), RuleComparer.Instance);
        Assert.Equal(1, await MeetingGroup.CountAsync(factory, "SELECT COUNT(*) FROM journal_entry WHERE action = 'reminder_rule.changed'"));
    }

    [Fact]
    public async Task GroupPage_FacilitatorAndMember_OnlyTheFacilitatorSeesTheLink()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        using var facilitator = factory.Browser();
        await facilitator.SignInAsync(group.Facilitator.Email!, PlatformFactory.Password);
        using var member = factory.Browser();
        await member.SignInAsync(group.Member.Email!, PlatformFactory.Password);
        var link = $"a[href='/groups/{group.GroupId}/reminders']";

        var asFacilitator = await facilitator.GetAsync($"/groups/{group.GroupId}");
        var asMember = await member.GetAsync($"/groups/{group.GroupId}");

        Assert.NotNull(asFacilitator.Document.QuerySelector(link));
        Assert.Null(asMember.Document.QuerySelector(link));
    }

    private static Task<ReminderRule> RuleAsync(PlatformFactory factory, Guid groupId) =>
        factory.Services.GetRequiredService<ReminderRuleStore>().LoadAsync(groupId);

    private static async Task SpeaksAsync(PlatformFactory factory, User user, string language)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var stored = await users.FindByIdAsync(user.Id);
        stored!.PreferredLanguage = language;
        await users.UpdateAsync(stored);
    }

    /// <summary>Records compare lists by reference; rules are equal when their values are.</summary>
    private sealed class RuleComparer : IEqualityComparer<ReminderRule>
    {
        public static readonly RuleComparer Instance = new();

        public bool Equals(ReminderRule? x, ReminderRule? y) =>
            x is not null && y is not null && x.MeetingOffsets.SequenceEqual(y.MeetingOffsets)
            && (x.ActionDaysBefore, x.OverdueDays, x.StaleDays) == (y.ActionDaysBefore, y.OverdueDays, y.StaleDays);

        public int GetHashCode(ReminderRule obj) => obj.ActionDaysBefore;
    }
}
