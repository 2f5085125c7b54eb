using Platform.Grains.MeetingRecords;
using Platform.Grains.Notifications;
using Platform.Grains.Tests.MeetingRecords;

namespace Platform.Grains.Tests.Notifications;

public sealed class NotificationQueriesTests : RecordSceneTests
{
    [Fact]
    public async Task MarkRead_OwnAndSomeoneElses_OnlyOwnChangesAndUnreadCountFollows()
    {
        await PublishAsync();
        var queries = new NotificationQueries(Silo.Database);
        var mine = Assert.Single((await queries.PageAsync(Scene.Member, unreadOnly: false, page: 1, pageSize: 100)).Items);
        var theirs = Assert.Single((await queries.PageAsync(Scene.Observer, unreadOnly: false, page: 1, pageSize: 100)).Items);

        var stranger = await queries.MarkReadAsync(Scene.Member, theirs.Id, Silo.Time.GetUtcNow());
        var own = await queries.MarkReadAsync(Scene.Member, mine.Id, Silo.Time.GetUtcNow());

        Assert.Equal((false, true), (stranger, own));
        Assert.Equal((0, 1), (await queries.UnreadCountAsync(Scene.Member), await queries.UnreadCountAsync(Scene.Observer)));
        Assert.Equal(["Reunión mensual", "1"], mine.Arguments);
        Assert.Equal($"/groups/{Scene.Group}/meetings/{Scene.Meeting}/record", mine.Link);
    }
}
