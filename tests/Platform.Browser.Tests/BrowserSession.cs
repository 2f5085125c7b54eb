using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>Debian's Chromium driven by Playwright; never a browser downloaded by Playwright itself.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    internal static readonly float BrowserTimeout = float.TryParse(Environment.GetEnvironmentVariable("BROWSER_TIMEOUT_MS"), out var ms) ? ms : 90_000;

    private readonly IPlaywright playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"CI=true but Chromium is missing at {ChromiumPath}; .ci/run installs it with apt-get.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>A fresh context (own cookies) with a phone-sized viewport: many users are on cheap phones.</summary>
    public async Task<IBrowserContext> NewPhoneContextAsync(Uri baseAddress, string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = locale,
        });

        // CI runs other test assemblies beside this one on two cores; a slow step is not a failure.
        context.SetDefaultTimeout(BrowserTimeout);
        context.SetDefaultNavigationTimeout(BrowserTimeout);
        return context;
    }

    /// <summary>Fails when the page is wider than the 360 px phone it is shown on (a horizontal scroll bar).</summary>
    public static async Task AssertFitsPhoneAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"{page.Url} is {width} px wide on a 360 px screen.");
    }

    /// <summary>Saves a full-page screenshot when SCREENSHOT_DIR is set, so a person can look at what a test saw.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
