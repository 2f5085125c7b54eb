namespace Platform.Host.Tests.Times;

/// <summary>Each surface that shows a date or time, read by a person in Bogotá and by one in Paris.</summary>
public sealed class ZoneTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var surface in TimeSurface.All)
        {
            data.Add(surface.Name, "America/Bogota");
            data.Add(surface.Name, "Europe/Paris");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Surface_ViewerInZone_ShowsTheirWallClockNotUtc(string surface, string zone)
    {
        using var scene = await ZoneScene.CreateAsync(zone);
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
