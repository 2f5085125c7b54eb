namespace Platform.Host.Tests.Times;

/// <summary>Each surface that shows a date or time, read by a person in Bogotá and by one in Paris.</summary>
/// <remarks>Surfaces that only read share one scene per zone; a surface that writes to reach its page gets a scene of its own.</remarks>
public sealed class ZoneTests(SharedZoneScenes shared) : IClassFixture<SharedZoneScenes>
{
    public static TheoryData<string, string> Cases(bool onlyReads)
    {
        var data = new TheoryData<string, string>();
        foreach (var surface in TimeSurface.All.Where(s => s.OnlyReads == onlyReads))
        {
            data.Add(surface.Name, "America/Bogota");
            data.Add(surface.Name, "Europe/Paris");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases), false)]
    public async Task Surface_ViewerInZone_ShowsTheirWallClockNotUtc(string surface, string zone)
    {
        using var scene = await ZoneScene.CreateAsync(zone);

        await AssertWallClockAsync(scene, surface);
    }

    [Theory]
    [MemberData(nameof(Cases), true)]
    public async Task ReadOnlySurface_ViewerInZone_ShowsTheirWallClockNotUtc(string surface, string zone) =>
        await AssertWallClockAsync(await shared.SceneAsync(zone), surface);

    private static async Task AssertWallClockAsync(ZoneScene scene, string surface)
    {
        var entry = TimeSurface.All.Single(s => s.Name == surface);

        var text = await entry.TextAsync(scene);

        foreach (var (local, utc) in entry.Shows.Select(show => show(scene)))
        {
            Assert.Contains(local, text, StringComparison.Ordinal);
            if (utc != local)
            {
                Assert.DoesNotContain(utc, text, StringComparison.Ordinal);
            }
        }
    }
}

/// <summary>One <see cref="ZoneScene"/> per zone, built on first use, for the surfaces that only read.</summary>
public sealed class SharedZoneScenes : IDisposable
{
    private readonly Dictionary<string, Task<ZoneScene>> scenes = new(StringComparer.Ordinal);

    internal Task<ZoneScene> SceneAsync(string zone)
    {
        lock (scenes)
        {
            if (!scenes.TryGetValue(zone, out var scene))
            {
                scene = ZoneScene.CreateAsync(zone);
                scenes[zone] = scene;
            }

            return scene;
        }
    }

    public void Dispose()
    {
        foreach (var scene in scenes.Values.Where(s => s.IsCompletedSuccessfully))
        {
            scene.Result.Dispose();
        }
    }
}
