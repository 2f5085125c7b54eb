using System.Diagnostics;
using Platform.Host.Incidents;

namespace Platform.Host.Tests.Incidents;

/// <summary>The public intake's pages before any report: cookies, headers, language, and the throttle on receipt codes.</summary>
public sealed class IntakePageTests
{
    [Theory]
    [InlineData("/report")]
    [InlineData("/report/follow-up")]
    public async Task ReportPages_Get_SetOnlyTheAntiforgeryCookieAndSendNoReferrer(string url)
    {
        using var factory = new PlatformFactory();
        using var browser = factory.Browser();

        using var response = await browser.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        Assert.All(cookies, c => Assert.StartsWith("rt-af=", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowUp_WrongCodePosted_SaysSoAndSetsNoOtherCookie()
    {
        using var factory = new PlatformFactory();
        using var browser = factory.Browser();

        var page = await browser.SubmitAsync("/report/follow-up", new Dictionary<string, string> { ["code"] = "1234-5678-9012-3456" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("true", page.Document.QuerySelector("#code")?.GetAttribute("aria-invalid"));
        Assert.Contains("opens no report", page.MainText, StringComparison.Ordinal);
        Assert.Equal("1234-5678-9012-3456", page.Document.QuerySelector("#code")?.GetAttribute("value"));
        Assert.All(page.SetCookies, c => Assert.StartsWith("rt-af=", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReportPages_LanguageLink_ShowSpanishWithoutALanguageCookie()
    {
        using var factory = new PlatformFactory();
        using var browser = factory.Browser();

        var page = await browser.GetAsync("/report?lang=es");

        Assert.Equal("es", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Informar de un problema", page.Document.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.Document.QuerySelector("a[href='/report/follow-up?lang=es']"));
        Assert.DoesNotContain(page.SetCookies, c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.Null(page.Document.QuerySelector("form[action='/culture']"));
    }

    [Fact]
    public async Task FollowUp_TenThousandWrongGuessesFromEverChangingAddresses_AlmostAllRefused()
    {
        using var factory = new PlatformFactory { DistinctClientAddresses = true };
        using var browser = factory.Browser();
        var form = await browser.OpenFormAsync("/report/follow-up?lang=fr", "follow-up");
        var random = new Random(14);
        var answered = 0;
        string? refusal = null;
        var clock = Stopwatch.StartNew();

        for (var guess = 0; guess < 10_000; guess++)
        {
            var code = string.Concat(Enumerable.Range(0, 16).Select(_ => (char)('0' + random.Next(10))));
            var page = await browser.SendAsync(form, new Dictionary<string, string> { ["code"] = code });
            if (page.Status == HttpStatusCode.TooManyRequests)
            {
                refusal ??= page.Document.QuerySelector("main [role=alert]")?.TextContent;
            }
            else
            {
                answered++;
            }
        }

        // The site-wide cap lets so many posts through per minute, whatever the address; the loop may straddle windows.
        var windows = (int)Math.Ceiling(clock.Elapsed.TotalMinutes) + 1;
        Assert.InRange(answered, 1, IntakeLimits.PostsPerMinuteForEveryone * windows);
        Assert.StartsWith("Trop de tentatives", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_WrongGuessesFromOneAddress_RefusedAfterTheAddressLimit()
    {
        using var factory = new PlatformFactory { ClientAddress = IPAddress.Parse("203.0.113.9") };
        using var browser = factory.Browser();
        var form = await browser.OpenFormAsync("/report/follow-up", "follow-up");
        var statuses = new List<HttpStatusCode>();

        for (var guess = 0; guess < IntakeLimits.PostsPerAddress + 5; guess++)
        {
            statuses.Add((await browser.SendAsync(form, new Dictionary<string, string> { ["code"] = $"{guess:D16}" })).Status);
        }

        Assert.All(statuses.Take(IntakeLimits.PostsPerAddress), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses.Skip(IntakeLimits.PostsPerAddress), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/report/follow-up")).Status);
    }
}
