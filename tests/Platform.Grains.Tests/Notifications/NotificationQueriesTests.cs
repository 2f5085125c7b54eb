using Platform.Grains.MeetingRecords;
using Platform.Grains.Notifications;
using Platform.Grains.Tests.MeetingRecords;

namespace Platform.Grains.Tests.Notifications;

public sealed class NotificationQueriesTests
{
    [Fact]
    public async Task MarkRead_OwnAndSomeoneElses_OnlyOwnChangesAndUnreadCountFollows()
    {
        using var db = await TempDatabase.MigratedAsync();
        await using var silo = new RecordSilo(db.Database);
        var s = await RecordScene.CreateAsync(silo);
        await silo.Record(s.Meeting).PublishAsync(new PublishRecord(s.Facilitator, true));
        var queries = new NotificationQueries(db.Database);
        var mine = Assert.Single((await queries.PageAsync(s.Member, unreadOnly: false, page: 1, pageSize: 100)).Items);
        var theirs = Assert.Single((await queries.PageAsync(s.Observer, unreadOnly: false, page: 1, pageSize: 100)).Items);

        var stranger = await queries.MarkReadAsync(s.Member, theirs.Id, silo.Time.GetUtcNow());
        var own = await queries.MarkReadAsync(s.Member, mine.Id, silo.Time.GetUtcNow());

        Assert.Equal((false, true), (stranger, own));
        Assert.Equal((0, 1), (await queries.UnreadCountAsync(s.Member), await queries.UnreadCountAsync(s.Observer)));
        Assert.Equal(["Reunión mensual", "1"], mine.Arguments);
        Assert.Equal($"/groups/{s.Group}/meetings/{s.Meeting}/record", mine.Link);
    }
}
