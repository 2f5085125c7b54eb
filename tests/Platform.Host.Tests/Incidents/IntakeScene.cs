using Platform.Grains.Incidents;

namespace Platform.Host.Tests.Incidents;

/// <summary>Group A of the personas with its intake opened by its facilitator, and a reporter's way through the public pages.</summary>
internal sealed class IntakeScene(PlatformFactory factory)
{
    public Personas Seed { get; } = new(factory);

    public string FacilitatorId { get; private set; } = "";

    public Guid Group => Seed.GroupA;

    public static async Task<IntakeScene> OpenAsync(PlatformFactory factory)
    {
        var scene = new IntakeScene(factory);
        await scene.Seed.SeedGroupsAsync();
        scene.FacilitatorId = await scene.Seed.PersonAsync("facilitator@example.org");
        await scene.Seed.SeatAsync(scene.Group, scene.FacilitatorId, "facilitator");
        await scene.Settings.ChangeAsync(new ChangeIncidentSettings(true, 730, 30, scene.FacilitatorId, 0));
        return scene;
    }

    public IIncidentSettingsGrain Settings => Grains.GetGrain<IIncidentSettingsGrain>(Group);

    public IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    public static Dictionary<string, string> Report(string narrative, string place = "") => new()
    {
        ["kind"] = "abuse_by_private_security",
        ["narrative"] = narrative,
        ["place"] = place,
        ["from"] = "2026-11-20",
        ["involved"] = "private_security",
        ["affected-women"] = "2",
    };

    /// <summary>Sends a report through the group's page and returns the receipt code the page showed once.</summary>
    public async Task<string> ReportAsync(FormClient browser, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.SendAsync(await browser.OpenFormAsync($"/report/{Group}", "report"), fields);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        var code = page.Document.QuerySelector(".receipt-code")?.TextContent ?? throw new InvalidOperationException("No receipt code shown:\n" + page.MainText);
        return string.Join(' ', code.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Posts <paramref name="code"/> on the follow-up page, as the reporter types it.</summary>
    public static async Task<FormClient.Page> FollowUpAsync(FormClient browser, string code)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return await browser.SendAsync(await browser.OpenFormAsync("/report/follow-up", "follow-up"), new Dictionary<string, string> { ["code"] = code, ["action"] = "open" });
    }

    /// <summary>The id of the incident behind the only report of the group with number <paramref name="number"/>.</summary>
    public Task<string> IncidentIdAsync(int number) =>
        Seed.ScalarAsync<string>("SELECT id FROM incident WHERE working_group_id = @group AND number = @number", new { group = Group.ToString(), number });
}
