using System.Globalization;
using Platform.Web.Accounts;
using Platform.Web.Commitments;
using Platform.Web.Components.Shared;

namespace Platform.Web.Tests.Account;

public sealed class EditConflictNoticeTests
{
    [Fact]
    public async Task Render_InSpanish_ShowsChangedFieldsInWordsAndLeavesOutLineEndingsOnly()
    {
        var changes = InCulture("es", () => EditConflicts.Between(
            new CommitmentInput { Text = "Capacitar\r\na los vigilantes", Standard = "icoc", Status = "at_risk" },
            new CommitmentInput { Text = "Capacitar\na los vigilantes", Standard = "icoc", Status = "on_track" },
            ComponentRenderer.Text));

        var doc = await ComponentRenderer.Render<EditConflictNotice>("es", p => p[nameof(EditConflictNotice.Changes)] = changes);

        var rows = doc.QuerySelectorAll("[role=alert] tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal(("Estado", "En curso", "En riesgo"),
            (row.QuerySelector("th")!.TextContent, row.QuerySelector("td.saved-now")!.TextContent, row.QuerySelector("td.yours")!.TextContent));
        Assert.Contains("Otra persona guardó esto", doc.QuerySelector("[role=alert] p")!.TextContent, StringComparison.Ordinal);
    }

    private static T InCulture<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
