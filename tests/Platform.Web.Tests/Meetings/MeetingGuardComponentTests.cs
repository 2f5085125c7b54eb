using Platform.Web.Accounts;
using Platform.Web.MeetingRecords;
using Platform.Web.Meetings;
using Platform.Web.Components.Shared;
using Platform.Messages.Localization;

namespace Platform.Web.Tests.Meetings;

/// <summary>Issue 15: the error summary lists problems in the form's order, and the "not started" note says from when on the reader's clock.</summary>
public sealed class MeetingGuardComponentTests : ComponentTest
{
    [Fact]
    public void ErrorSummary_ProblemsFoundOutOfOrder_ListsThemInTheFormsOrderAsLinksOnThePagesPath()
    {
        var errors = new FieldErrors();
        errors.Add("Input.WeekOfMonth", "Elija la semana");
        errors.Add("Input.Date", "Fecha no válida");
        errors.Add("Input.Title", "Falta el título");

        var summary = Render<ErrorSummary>("es", p => p
            .Add(c => c.Errors, errors)
            .Add(c => c.FieldIds, MeetingFields.FieldIds)
            .Add(c => c.Path, "/groups/g/meetings/new"));

        Assert.Equal(
            ["/groups/g/meetings/new#title", "/groups/g/meetings/new#date", "/groups/g/meetings/new#week-of-month"],
            summary.FindAll(".error-summary li a").Select(a => a.GetAttribute("href")));
        Assert.Contains("3", summary.Find("#error-summary-title").TextContent, StringComparison.Ordinal);
        Assert.Equal("-1", summary.Find(".error-summary").GetAttribute("tabindex"));
    }

    [Fact]
    public void NotStartedNote_ReaderInParis_SaysTheStartOnTheirClockInTheirLanguage()
    {
        var note = Render<NotStartedNote>("fr", p => p
            .Add(c => c.Starts, new DateTimeOffset(2027, 1, 12, 14, 0, 0, TimeSpan.Zero))
            .Add(c => c.Clock, ViewerClock.In("Europe/Paris")));

        var text = note.Find("p.not-started").TextContent;
        Assert.Contains("pas encore commencé", text, StringComparison.Ordinal);
        Assert.Contains("15:00", text, StringComparison.Ordinal);
        Assert.Contains("Europe/Paris", text, StringComparison.Ordinal);
    }
}
