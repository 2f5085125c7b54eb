using Platform.Grains.People;

namespace Platform.Grains.Tests.People;

public sealed class DeviceDescriptionTests
{
    public static TheoryData<string, string> Headers => new()
    {
        { "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0", "Firefox/Android" },
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome/Windows" },
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge/Windows" },
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari/iOS" },
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1", "Chrome/iOS" },
        { "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", "Safari/macOS" },
        { "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36", "Samsung Internet/Android" },
        { "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0", "Opera/Linux" },
        { "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome/ChromeOS" },
        { "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox/Linux" },
        { "curl/8.5.0", "" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void FromUserAgent_KnownBrowser_KeepsOnlyFamilyAndSystem(string header, string expected)
    {
        var device = DeviceDescription.FromUserAgent(header);

        Assert.Equal(expected, device ?? "");
        Assert.DoesNotContain(".", device ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FromUserAgent_NoHeader_IsNull(string? header) => Assert.Null(DeviceDescription.FromUserAgent(header));

    [Fact]
    public void FromUserAgent_OverlongHeader_IsNull() =>
        Assert.Null(DeviceDescription.FromUserAgent("Firefox/1 " + new string('x', 5000)));

    [Theory]
    [InlineData("Firefox/Android", "Firefox", "Android")]
    [InlineData("Chrome/", "Chrome", null)]
    [InlineData("/Linux", null, "Linux")]
    [InlineData("<script>/Windows", null, "Windows")]
    [InlineData("garbage", null, null)]
    [InlineData(null, null, null)]
    public void Parts_StoredValue_KeepsOnlyNamesFromTheLists(string? stored, string? browser, string? system) =>
        Assert.Equal((browser, system), DeviceDescription.Parts(stored));
}
