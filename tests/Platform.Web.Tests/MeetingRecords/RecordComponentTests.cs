using Platform.Grains.MeetingRecords;
using Platform.Grains.Meetings;
using Platform.Grains.Organisations;
using Platform.Web.Accounts;
using Platform.Web.MeetingRecords;

namespace Platform.Web.Tests.MeetingRecords;

public sealed class RecordComponentTests : ComponentTest
{
    private static readonly MeetingStart When = new("2026-12-01T09:00", "America/Bogota", new DateTimeOffset(2026, 12, 1, 14, 0, 0, TimeSpan.Zero));

    private static MeetingRecordState Record(bool nonAttribution) => new(
        Guid.NewGuid(), Guid.NewGuid(), "Reunión mensual", When, nonAttribution,
        [new AgendaEntry(Guid.NewGuid(), 1, "Informe de incidentes", AgendaItemStatus.Open)], [], [], [], 0, 1);

    [Theory]
    [InlineData(true, "es", "no deben nombrar a quien habla")]
    [InlineData(false, "es", null)]
    public void RunNoteForm_NonAttribution_SaysNotesMustNotNameSpeakers(bool nonAttribution, string culture, string? notice)
    {
        var form = Render<RunNoteForm>(culture, p => p
            .Add(c => c.Record, Record(nonAttribution))
            .Add(c => c.Input, new NoteInput())
            .Add(c => c.Errors, new FieldErrors()));

        if (notice is null)
        {
            Assert.Empty(form.FindAll("[role=note]"));
        }
        else
        {
            Assert.Contains(notice, form.Find("[role=note]").TextContent, StringComparison.Ordinal);
        }

        Assert.NotEmpty(form.FindAll("label[for=note-text]"));
        Assert.NotEmpty(form.FindAll("input[type=checkbox][name='Note.Restricted']"));
    }

    [Fact]
    public void ParticipationPanel_FourDeclared_SaysTooFewInFrench()
    {
        var figures = new ParticipationFigures(5, 4, 0.8, [StakeholderType.Community], ["Org"], 4, 2, null);

        var panel = Render<ParticipationPanel>("fr", p => p.Add(c => c.Figures, figures));

        Assert.Contains("Trop peu", panel.Find(".women-share").TextContent, StringComparison.Ordinal);
        Assert.Contains("4 sur 5", panel.Find(".attendance-rate").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ParticipationPanel_FiveDeclared_ShowsShare()
    {
        var figures = new ParticipationFigures(6, 5, 5 / 6.0, [StakeholderType.Community], ["Org"], 5, 2, 0.4);

        var panel = Render<ParticipationPanel>("en", p => p.Add(c => c.Figures, figures));

        Assert.Contains("2 of 5", panel.Find(".women-share").TextContent, StringComparison.Ordinal);
        Assert.Contains("40", panel.Find(".women-share").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordDocument_RestrictedParts_AreLabelledAndDecisionsNumbered()
    {
        var snapshot = new RecordSnapshot(
            "Reunión mensual",
            When,
            [new SnapshotAttendance(null, "Rosa", "Defensoría", AttendanceStatus.Present, true)],
            [new SnapshotItem(Guid.NewGuid(), 1, "Informe", AgendaItemStatus.Reached,
                [new SnapshotNote(Guid.NewGuid(), "Nota reservada", true)],
                [new SnapshotOutcome(Guid.NewGuid(), OutcomeKind.Decision, 3, "Decidido", false)])],
            []);

        var record = Render<RecordDocument>("es", p => p.Add(c => c.Snapshot, snapshot));

        Assert.NotEmpty(record.FindAll(".record-notes li .restricted"));
        Assert.Contains("Decisión 3", record.Find(".record-outcomes li").TextContent, StringComparison.Ordinal);
        Assert.Contains("invitado", record.Find(".record-attendance td").TextContent, StringComparison.Ordinal);
        Assert.Equal("Tratado", record.Find(".item-status").TextContent);
        Assert.Contains("America/Bogota".Replace('_', ' '), record.Find(".record-when").TextContent, StringComparison.Ordinal);
        Assert.Contains("9:00", record.Find(".record-when").TextContent, StringComparison.Ordinal);
    }
}
