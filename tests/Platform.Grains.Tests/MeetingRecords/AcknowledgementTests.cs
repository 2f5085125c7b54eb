using Platform.Grains;
using Platform.Grains.MeetingRecords;

namespace Platform.Grains.Tests.MeetingRecords;

public sealed class AcknowledgementTests : RecordSceneTests
{
    [Fact]
    public async Task Acknowledge_PerRevision_CorrectionAsksEveryoneAgain()
    {
        var note = await NoteAsync("Nota", false);
        await PublishAsync();

        await Record.AcknowledgeAsync(new AcknowledgeRecord(Scene.Member, 1));
        var twice = await Record.AcknowledgeAsync(new AcknowledgeRecord(Scene.Member, 1));
        var firstRound = await Silo.Queries.AcknowledgementsAsync(Scene.Meeting, 1);
        await Record.CorrectAsync(new CorrectRecord("Errata", [new RecordEdit(note.Id, "Nota corregida", false)], Scene.Facilitator));
        var secondRound = await Silo.Queries.AcknowledgementsAsync(Scene.Meeting, 2);

        Assert.Equal(3, firstRound.Count);
        Assert.Equal([Scene.Member], firstRound.Where(a => a.AcknowledgedAt is not null).Select(a => a.UserId));
        Assert.Equal(twice.Version, await Silo.CountAsync("SELECT version FROM meeting_record") - 1);
        Assert.All(secondRound, a => Assert.Null(a.AcknowledgedAt));
        Assert.Equal(1, await Silo.CountAsync("SELECT COUNT(*) FROM record_acknowledgement"));
        var outdated = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.AcknowledgeAsync(new AcknowledgeRecord(Scene.Observer, 1)));
        Assert.Equal(RecordRule.RevisionOutdated, outdated.Code);
    }

    [Fact]
    public async Task Acknowledge_DraftOrStranger_IsRefused()
    {
        var stranger = await Silo.Seed.UserAsync("zoe");

        var draft = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.AcknowledgeAsync(new AcknowledgeRecord(Scene.Member, 1)));
        await PublishAsync();
        var notParticipant = await Assert.ThrowsAsync<RuleException<RecordRule>>(() => Record.AcknowledgeAsync(new AcknowledgeRecord(stranger, 1)));

        Assert.Equal((RecordRule.NotPublished, RecordRule.NotParticipant), (draft.Code, notParticipant.Code));
        Assert.Equal(0, await Silo.CountAsync("SELECT COUNT(*) FROM record_acknowledgement"));
    }
}
