using Platform.Grains.Meetings;
using Platform.Grains.MeetingRecords;
using Platform.Web.MeetingRecords;

namespace Platform.Web.Tests.MeetingRecords;

public sealed class RevisionChangesComponentTests : ComponentTest
{
    [Fact]
    public void Words_OneWordReplaced_MarksOnlyThatWord()
    {
        var pieces = RecordDiff.Words("Reunión en enero con la alcaldía", "Reunión en febrero con la alcaldía");

        Assert.Equal(
            [("Reunión en ", DiffKind.Same), ("febrero", DiffKind.Added), ("enero", DiffKind.Removed), (" con la alcaldía", DiffKind.Same)],
            pieces.Select(p => (p.Text, p.Kind)));
    }

    [Fact]
    public void RevisionChanges_InFrench_MarksInsertionsAndDeletionsInWordsAScreenReaderSays()
    {
        var changes = new[] { new PartChange("1. Décision 2", RecordDiff.Words("Réunion en janvier", "Réunion en février")) };

        var section = Render<RevisionChanges>("fr", p => p.Add(c => c.Revision, 2).Add(c => c.Changes, changes));

        Assert.Contains("révision 2", section.Find("h2").TextContent, StringComparison.Ordinal);
        Assert.Equal("ajouté : février", section.Find("ins").TextContent);
        Assert.Equal("supprimé : janvier", section.Find("del").TextContent);
        Assert.Equal("ajouté :", section.Find("ins .visually-hidden").TextContent.Trim());
    }

    [Fact]
    public void Between_GeneralNoteCorrected_LabelsItGeneralWithoutANumber()
    {
        var start = new MeetingStart("2026-12-01T09:00", "America/Bogota", DateTimeOffset.UnixEpoch);
        var note = Guid.NewGuid();
        RecordSnapshot Revision(string text) => new("Mesa", start, [], [new(Guid.NewGuid(), 0, "Informe", AgendaItemStatus.Reached, [], [])], [],
            new SnapshotSection([new SnapshotNote(note, text, false)], []));

        IReadOnlyList<PartChange> changes;
        using (Culture.Use("es"))
        {
            changes = RecordDiff.Between(Revision("Sede en Segovia"), Revision("Sede en Remedios"), Text);
        }

        var change = Assert.Single(changes);
        Assert.Equal("Asuntos generales / varios · Nota", change.Label);
        Assert.Contains(change.Pieces, p => p is { Text: "Remedios", Kind: DiffKind.Added });
    }

    [Fact]
    public void RevisionChanges_NothingVisibleChanged_SaysSo()
    {
        var section = Render<RevisionChanges>("es", p => p.Add(c => c.Revision, 3).Add(c => c.Changes, []));

        Assert.Empty(section.FindAll("ins, del"));
        Assert.Contains("No cambió nada", section.Find("p").TextContent, StringComparison.Ordinal);
    }
}
