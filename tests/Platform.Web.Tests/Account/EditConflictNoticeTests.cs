using Platform.Web.Accounts;
using Platform.Web.Commitments;
using Platform.Web.Components.Shared;

namespace Platform.Web.Tests.Account;

public sealed class EditConflictNoticeTests : ComponentTest
{
    [Fact]
    public void Render_InSpanish_ShowsChangedFieldsInWordsAndLeavesOutLineEndingsOnly()
    {
        var changes = Culture.In("es", () => EditConflicts.Between(
            new CommitmentInput { Text = "Capacitar\r\na los vigilantes", Standard = "icoc", Status = "at_risk" },
            new CommitmentInput { Text = "Capacitar\na los vigilantes", Standard = "icoc", Status = "on_track" },
            Text));

        var notice = Render<EditConflictNotice>("es", p => p.Add(c => c.Changes, changes));

        var row = Assert.Single(notice.FindAll("[role=alert] tbody tr"));
        Assert.Equal(("Estado", "En curso", "En riesgo"),
            (row.QuerySelector("th")!.TextContent, row.QuerySelector("td.saved-now")!.TextContent, row.QuerySelector("td.yours")!.TextContent));
        Assert.Contains("Otra persona guardó esto", notice.Find("[role=alert] p").TextContent, StringComparison.Ordinal);
    }
}
