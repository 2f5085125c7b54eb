using Platform.Grains.MeetingRecords;
using Platform.Grains.Meetings;
using Platform.Grains.Organisations;
using Platform.Web.Accounts;
using Platform.Web.Components.MeetingRecords;
using Platform.Web.MeetingRecords;

namespace Platform.Web.Tests.MeetingRecords;

public sealed class RecordComponentTests
{
    private static readonly MeetingStart When = new("2026-12-01T09:00", "America/Bogota", new DateTimeOffset(2026, 12, 1, 14, 0, 0, TimeSpan.Zero));

    private static MeetingRecordState Record(bool nonAttribution) => new(
        Guid.NewGuid(), Guid.NewGuid(), "Reunión mensual", When, nonAttribution,
        [new AgendaEntry(Guid.NewGuid(), 1, "Informe de incidentes", AgendaItemStatus.Open)], [], [], [], 0, 1);

    [Theory]
    [InlineData(true, "es", "no deben nombrar a quien habla")]
    [InlineData(false, "es", null)]
    public async Task RunNoteForm_NonAttribution_SaysNotesMustNotNameSpeakers(bool nonAttribution, string culture, string? notice)
    {
        var doc = await ComponentRenderer.Render<RunNoteForm>(culture, p =>
        {
            p[nameof(RunNoteForm.Record)] = Record(nonAttribution);
            p[nameof(RunNoteForm.Input)] = new NoteInput();
            p[nameof(RunNoteForm.Errors)] = new FieldErrors();
        });

        var note = doc.QuerySelector("[role=note]")?.TextContent;
        if (notice is null)
        {
            Assert.Null(note);
        }
        else
        {
            Assert.Contains(notice, note, StringComparison.Ordinal);
        }

        Assert.NotNull(doc.QuerySelector("label[for=note-text]"));
        Assert.NotNull(doc.QuerySelector("input[type=checkbox][name='Note.Restricted']"));
    }

    [Fact]
    public async Task ParticipationPanel_FourDeclared_SaysTooFewInFrench()
    {
        var figures = new ParticipationFigures(5, 4, 0.8, [StakeholderType.Community], ["Org"], 4, 2, null);

        var doc = await ComponentRenderer.Render<ParticipationPanel>("fr", p => p[nameof(ParticipationPanel.Figures)] = figures);

        Assert.Contains("Trop peu", doc.QuerySelector(".women-share")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 sur 5", doc.QuerySelector(".attendance-rate")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParticipationPanel_FiveDeclared_ShowsShare()
    {
        var figures = new ParticipationFigures(6, 5, 5 / 6.0, [StakeholderType.Community], ["Org"], 5, 2, 0.4);

        var doc = await ComponentRenderer.Render<ParticipationPanel>("en", p => p[nameof(ParticipationPanel.Figures)] = figures);

        Assert.Contains("2 of 5", doc.QuerySelector(".women-share")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("40", doc.QuerySelector(".women-share")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordDocument_RestrictedParts_AreLabelledAndDecisionsNumbered()
    {
        var snapshot = new RecordSnapshot(
            "Reunión mensual",
            When,
            [new SnapshotAttendance(null, "Rosa", "Defensoría", AttendanceStatus.Present, true)],
            [new SnapshotItem(Guid.NewGuid(), 1, "Informe", AgendaItemStatus.Reached,
                [new SnapshotNote(Guid.NewGuid(), "Nota reservada", true)],
                [new SnapshotOutcome(Guid.NewGuid(), OutcomeKind.Decision, 3, "Decidido", false)])],
            []);

        var doc = await ComponentRenderer.Render<RecordDocument>("es", p => p[nameof(RecordDocument.Snapshot)] = snapshot);

        Assert.NotNull(doc.QuerySelector(".record-notes li .restricted"));
        Assert.Contains("Decisión 3", doc.QuerySelector(".record-outcomes li")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("invitado", doc.QuerySelector(".record-attendance td")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tratado", doc.QuerySelector(".item-status")?.TextContent);
        Assert.Contains("America/Bogota".Replace('_', ' '), doc.QuerySelector(".record-when")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("9:00", doc.QuerySelector(".record-when")?.TextContent, StringComparison.Ordinal);
    }
}
