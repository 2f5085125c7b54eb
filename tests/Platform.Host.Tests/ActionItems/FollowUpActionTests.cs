using System.Net;
using Platform.Grains.MeetingRecords;
using Platform.Host.Tests.MeetingRecords;

namespace Platform.Host.Tests.ActionItems;

public sealed class FollowUpActionTests
{
    [Fact]
    public async Task RunPage_FollowUpOutcome_LinksToPrefilledFormThatKeepsTheOrigin()
    {
        using var factory = new PlatformFactory();
        var s = await RecordStage.CreateAsync(factory);
        await factory.RecordGrain(s.Meeting).AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.FollowUp, "Enviar el plan a la alcaldía", false, s.Ana.Id));
        await factory.RecordGrain(s.Meeting).AddOutcomeAsync(new AddOutcome(s.FirstItem, OutcomeKind.Decision, "Crear una línea de quejas", false, s.Ana.Id));
        using var ana = await factory.SignedInAsync(s.Ana);

        var run = await ana.GetAsync(s.Run);
        var link = Assert.Single(run.Document.QuerySelectorAll("main a.create-action")).GetAttribute("href")!;
        var form = await ana.GetAsync(link);
        var created = await ana.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Title"] = form.Document.QuerySelector("#title")!.GetAttribute("value")!,
            ["Input.OwnerUserId"] = s.Beto.Id,
            ["Input.Priority"] = "normal",
        });

        Assert.Equal(HttpStatusCode.Found, created.Status);
        Assert.Equal(1, await factory.CountAsync(
            "SELECT COUNT(*) FROM action_item WHERE title = 'Enviar el plan a la alcaldía' AND meeting_id = @m AND agenda_item_id = @a AND outcome_id IS NOT NULL",
            new { m = s.Meeting.ToString(), a = s.FirstItem.ToString() }));
    }
}
