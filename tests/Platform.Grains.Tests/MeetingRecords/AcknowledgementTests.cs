using Platform.Grains;
using Platform.Grains.MeetingRecords;
using Platform.Grains.Tests.Storage;

namespace Platform.Grains.Tests.MeetingRecords;

public sealed class AcknowledgementTests
{
    [Fact]
    public async Task Acknowledge_PerRevision_CorrectionAsksEveryoneAgain()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var note = (await record.AddNoteAsync(new AddNote(s.FirstItem, "Nota", false, s.Facilitator))).Notes[0];
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));

        await record.AcknowledgeAsync(new AcknowledgeRecord(s.Member, 1));
        var twice = await record.AcknowledgeAsync(new AcknowledgeRecord(s.Member, 1));
        var firstRound = await silo.Queries.AcknowledgementsAsync(s.Meeting, 1);
        await record.CorrectAsync(new CorrectRecord("Errata", [new RecordEdit(note.Id, "Nota corregida", false)], s.Facilitator));
        var secondRound = await silo.Queries.AcknowledgementsAsync(s.Meeting, 2);

        Assert.Equal(3, firstRound.Count);
        Assert.Equal([s.Member], firstRound.Where(a => a.AcknowledgedAt is not null).Select(a => a.UserId));
        Assert.Equal(twice.Version, await silo.CountAsync("SELECT version FROM meeting_record") - 1);
        Assert.All(secondRound, a => Assert.Null(a.AcknowledgedAt));
        Assert.Equal(1, await silo.CountAsync("SELECT COUNT(*) FROM record_acknowledgement"));
        var outdated = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.AcknowledgeAsync(new AcknowledgeRecord(s.Observer, 1)));
        Assert.Equal(RecordRule.RevisionOutdated, outdated.Code);
    }

    [Fact]
    public async Task Acknowledge_DraftOrStranger_IsRefused()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        var record = silo.Record(s.Meeting);
        var stranger = await silo.Seed.UserAsync("zoe");

        var draft = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.AcknowledgeAsync(new AcknowledgeRecord(s.Member, 1)));
        await record.PublishAsync(new PublishRecord(s.Facilitator, true));
        var notParticipant = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => record.AcknowledgeAsync(new AcknowledgeRecord(stranger, 1)));

        Assert.Equal((RecordRule.NotPublished, RecordRule.NotParticipant), (draft.Code, notParticipant.Code));
        Assert.Equal(0, await silo.CountAsync("SELECT COUNT(*) FROM record_acknowledgement"));
    }
}
