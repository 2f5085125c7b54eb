using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Grains.Tests;

namespace Platform.Browser.Tests;

/// <summary>
/// What every page a browser test opens must be, whoever opens it: no wider than the screen it is shown on (checked when it
/// loads and after each htmx swap), and valid HTML by the W3C Nu checker (the served document, before any script ran).
/// A <see cref="BrowserSession"/> attaches it to each context it makes and checks it when the test disposes the session.
/// </summary>
internal sealed partial class PageAudit
{
    private const string Binding = "roundtableAuditWidth";

    // Reports the page's width against its viewport once loaded and after every swap htmx makes.
    private const string Reporter = $$"""
        (() => {
          const report = () => window.{{Binding}} && window.{{Binding}}(document.documentElement.scrollWidth + ' ' + window.innerWidth);
          addEventListener('load', () => { report(); document.addEventListener('htmx:afterSettle', report); });
        })();
        """;

    private readonly ConcurrentQueue<string> tooWide = new();

    private readonly ConcurrentDictionary<string, string> documents = new();

    private readonly ConcurrentBag<Task> reading = [];

    private readonly ConcurrentDictionary<string, bool> notOurs = new();

    /// <summary>Pages from <paramref name="origin"/> are someone else's (the tests' OpenID provider): not audited.</summary>
    public void Skip(Uri origin) => notOurs[origin.GetLeftPart(UriPartial.Authority)] = true;

    private bool Ours(string url) => !notOurs.ContainsKey(new Uri(url).GetLeftPart(UriPartial.Authority));

    public async Task AttachAsync(IBrowserContext context)
    {
        await context.ExposeBindingAsync<string>(Binding, (source, widths) =>
        {
            var parts = widths.Split(' ');
            if (parts.Length == 2 && int.TryParse(parts[0], out var width) && int.TryParse(parts[1], out var viewport) && width > viewport && Ours(source.Page.Url))
            {
                tooWide.Enqueue($"{source.Page.Url} is {width} px wide on a {viewport} px screen.");
            }
        });
        await context.AddInitScriptAsync(Reporter);
        context.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "document" && response.Status == 200 && Ours(response.Url)
                && response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal))
            {
                reading.Add(KeepAsync(response));
            }
        };
    }

    /// <summary>Fails with every page that scrolled sideways and every error the Nu checker found, naming the page.</summary>
    public async Task CheckAsync()
    {
        await Task.WhenAll(reading);
        var problems = tooWide.Distinct().ToList();
        problems.AddRange(await ValidateAsync());
        Assert.True(problems.Count == 0, $"{problems.Count} page problem(s):\n" + string.Join('\n', problems.Take(40)));
    }

    private async Task KeepAsync(IResponse response)
    {
        try
        {
            documents[response.Url] = await response.TextAsync();
        }
        catch (PlaywrightException)
        {
            // The page was closed before its body was read (the test ended on a navigation): nothing to check.
        }
    }

    private async Task<IReadOnlyList<string>> ValidateAsync()
    {
        if (documents.IsEmpty || await HtmlChecker.FindAsync() is not { } checker)
        {
            return [];
        }

        var folder = Directory.CreateTempSubdirectory("roundtable-html-");
        try
        {
            var pages = documents.ToArray();
            for (var i = 0; i < pages.Length; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"page{i}.html"), pages[i].Value);
            }

            var output = await checker.RunAsync(folder.FullName);
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => PageFile().Replace(line, match => pages[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].Key))];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"""?file:\S*?page(\d+)\.html""?")]
    private static partial Regex PageFile();
}
