using Microsoft.Playwright;

namespace Platform.Browser.Tests;

/// <summary>Debian's Chromium driven by Playwright; never a browser downloaded by Playwright itself.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    internal static readonly float BrowserTimeout = float.TryParse(Environment.GetEnvironmentVariable("BROWSER_TIMEOUT_MS"), out var ms) ? ms : 90_000;

    private readonly IPlaywright playwright;

    private readonly PageAudit audit = new();

    // The last assertion or Playwright wait that failed while the session was open: when the audit fails too, the test
    // reports both, so a page problem never hides why the test itself stopped.
    private Exception? testFailure;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
        AppDomain.CurrentDomain.FirstChanceException += RememberFailure;
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

    /// <summary>Leaves pages from <paramref name="origin"/> out of the audit: they are not ours (the tests' OpenID provider).</summary>
    public void SkipAudit(Uri origin) => audit.Skip(origin);

    /// <summary>A fresh context (own cookies) with a phone-sized viewport: many users are on cheap phones.</summary>

    public Task<IBrowserContext> NewPhoneContextAsync(Uri baseAddress, string locale = "en-GB") =>
        NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = locale,
        });

    /// <summary>
    /// A fresh context whose every page is audited (<see cref="PageAudit"/>: no sideways scroll, valid HTML) when the session
    /// is disposed.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);

        // CI runs other test assemblies beside this one on two cores; a slow step is not a failure.
        context.SetDefaultTimeout(BrowserTimeout);
        context.SetDefaultNavigationTimeout(BrowserTimeout);
        await audit.AttachAsync(context);
        return context;
    }

    /// <summary>Fails when the page is wider than the 360 px phone it is shown on (a horizontal scroll bar).</summary>
    public static async Task AssertFitsPhoneAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"{page.Url} is {width} px wide on a 360 px screen.");
    }

    /// <summary>
    /// Walks the first <paramref name="stops"/> keyboard stops of the page: each shows a focus ring of at least 2 px whose
    /// colour stands at least 3:1 against the page's background (WCAG 2.2, 2.4.13). The first stop is the skip link, and
    /// following it stays on this page and puts the focus on its content.
    /// </summary>
    public static async Task AssertKeyboardFocusAsync(IPage page, int stops = 8)
    {
        const string Ring = """
            () => {
              const rgb = c => (c.match(/[\d.]+/g) || []).slice(0, 4).map(Number);
              const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
              const pageBackground = () => {
                for (const e of [document.body, document.documentElement]) {
                  const c = rgb(getComputedStyle(e).backgroundColor);
                  if (c.length === 3 || c[3] > 0) { return c; }
                }
                return [255, 255, 255];
              };
              const e = document.activeElement, s = getComputedStyle(e);
              const a = lum(rgb(s.outlineColor)), b = lum(pageBackground());
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              return { what: e.outerHTML.slice(0, 80), width: parseFloat(s.outlineWidth), style: s.outlineStyle, ratio };
            }
            """;
        var path = new Uri(page.Url).AbsolutePath;
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('skip-link')"), $"{page.Url}: the first stop is not the skip link.");
        for (var i = 0; i < stops; i++)
        {
            var ring = await page.EvaluateAsync<FocusRing>(Ring);
            Assert.True(ring.Style != "none" && ring.Width >= 2 && ring.Ratio >= 3, $"{page.Url}: focus on {ring.What} is {ring.Style} {ring.Width} px at {ring.Ratio:F2}:1.");
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Locator("a.skip-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.hash === '#main'");
        Assert.Equal(path, new Uri(page.Url).AbsolutePath);
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"), $"{page.Url}: after the skip link the next stop is not in the content.");
    }

    private sealed class FocusRing
    {
        public string What { get; set; } = "";

        public double Width { get; set; }

        public string Style { get; set; } = "";

        public double Ratio { get; set; }
    }

    private void RememberFailure(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs args)
    {
        if (args.Exception is Xunit.Sdk.XunitException or TimeoutException)
        {
            testFailure = args.Exception;
        }
    }

    /// <summary>Saves a full-page screenshot when SCREENSHOT_DIR is set, so a person can look at what a test saw.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    /// <summary>Checks every page the session's contexts opened (<see cref="PageAudit.CheckAsync"/>), then closes the browser.</summary>
    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.FirstChanceException -= RememberFailure;
        try
        {
            await audit.CheckAsync();
        }
        catch (Xunit.Sdk.XunitException auditFailure) when (testFailure is { } earlier)
        {
            throw new AggregateException("The test stopped on the first exception (an assertion or a wait), and the pages it visited failed their audit (second).", earlier, auditFailure);
        }
        finally
        {
            await Browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
