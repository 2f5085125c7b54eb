using Platform.Grains.Incidents;

namespace Platform.Host.Tests.Incidents;

/// <summary>How a report was received: "a member" narrows down who reported among those at the table.</summary>
public sealed partial class IncidentLeakMatrixTests
{
    /// <summary>The words of <see cref="IncidentChannel.Member"/> (both incidents were recorded by a member).</summary>
    private const string MemberChannel = "A member (myself)";

    [Theory]
    [MemberData(nameof(LeakScene.Personas), MemberType = typeof(LeakScene))]
    public async Task CasePageAndRegister_AsPersona_NameTheChannelOnlyToThoseWhoSeeTheCasesPeople(string persona)
    {
        var (sharedSight, unsharedSight) = LeakScene.Expected[persona];

        foreach (var (id, sight) in new[] { (scene.Shared, sharedSight), (scene.Unshared, unsharedSight) })
        {
            var page = await browsers[persona].GetAsync($"/groups/{scene.Seed.GroupA}/incidents/{id}");
            var facts = page.Document.QuerySelector(".incident-facts")?.TextContent ?? "";

            Assert.True(page.MainText.Contains(MemberChannel, StringComparison.Ordinal) == (sight == IncidentSight.Details), $"{persona} on {id}: {facts}");
        }

        var register = await browsers[persona].GetAsync($"/groups/{scene.Seed.GroupA}/incidents");
        Assert.DoesNotContain(MemberChannel, register.MainText, StringComparison.Ordinal);
    }
}
