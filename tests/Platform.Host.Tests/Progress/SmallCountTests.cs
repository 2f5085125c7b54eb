using System.Globalization;
using AngleSharp.Dom;

namespace Platform.Host.Tests.Progress;

/// <summary>
/// The small-count proof end to end: a group seeded with small numbers (4 present, 3 commitments at risk beside 7 on
/// track, 3 items opened one month and 7 another) is read by its donor as HTML, CSV and print, for the portfolio and
/// the group. No protected figure from 1 to 4 is printed, no total minus shown parts gives one, and no person appears.
/// </summary>
public sealed class SmallCountTests
{
    private static readonly string[] People = ["Rosa Quispe", "Julián Restrepo", "Amara Diallo", "Inés Mamani", "Kofi Mensah", "Lucía Torres"];

    [Fact]
    public async Task DonorOutputs_SmallCountsSeeded_RevealNoneAndNoPerson()
    {
        using var factory = new PlatformFactory();
        var (seed, donorBrowser) = await SeedAsync(factory);
        var group = seed.GroupA;

        foreach (var url in new[] { "/portfolio", "/portfolio/print", $"/groups/{group}/summary", $"/groups/{group}/summary/print" })
        {
            var page = await donorBrowser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            AssertNoPerson(page.Document.DocumentElement.OuterHtml, url);
            AssertFiguresSafe(page.Document, url);
        }

        foreach (var url in new[] { "/portfolio.csv", $"/groups/{group}/summary.csv" })
        {
            var response = await donorBrowser.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var csv = await response.Content.ReadAsStringAsync();
            AssertNoPerson(csv, url);
            AssertCsvSafe(csv, url);
        }
    }

    [Fact]
    public async Task Summary_SmallCommitmentPart_HidesTheOtherPartNotTheTotal()
    {
        using var factory = new PlatformFactory();
        var (seed, donorBrowser) = await SeedAsync(factory);

        var page = await donorBrowser.GetAsync($"/groups/{seed.GroupA}/summary");

        var cells = page.Document.QuerySelectorAll("table.progress-commitments tbody td").Select(td => td.TextContent).ToList();
        Assert.Equal(["hidden", "<5", "0", "0", "0"], cells);
        Assert.Equal("11", page.Document.QuerySelector("table.progress-commitments tfoot td")?.TextContent);
        // Four charts: drawn with their tables where a figure can be drawn, else said in one line (no empty frames).
        var drawn = page.Document.QuerySelectorAll("figure svg[role=img] > title").Length;
        Assert.Equal(drawn, page.Document.QuerySelectorAll("figure table > caption").Length);
        Assert.Equal(4 - drawn, page.Document.QuerySelectorAll("figure p.chart-withheld").Length);
        Assert.InRange(drawn, 1, 3);
    }

    private static void AssertNoPerson(string output, string url)
    {
        foreach (var name in People)
        {
            Assert.DoesNotContain(name, output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name.Split(' ')[0] + "@", output, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Informe de incidentes", output, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(url));
    }

    /// <summary>Protected cells: the commitment, attendance-type and seat tables, and the item columns of the month tables.</summary>
    private static void AssertFiguresSafe(IDocument document, string url)
    {
        foreach (var table in document.QuerySelectorAll("table.progress-commitments, table.progress-types"))
        {
            var parts = table.QuerySelectorAll("tbody td").Select(td => td.TextContent).ToList();
            AssertSafe(table.QuerySelector("tfoot td")!.TextContent, parts, url);
        }

        foreach (var table in document.QuerySelectorAll("table.group-seats"))
        {
            AssertSafe(document.QuerySelector("dl.group-figures dd")!.TextContent, [.. table.QuerySelectorAll("tbody td").Select(td => td.TextContent)], url);
        }

        var headline = document.QuerySelector("dl.progress-figures")?.QuerySelectorAll("dd").Select(d => d.TextContent).ToList();
        var items = document.QuerySelectorAll("figure").FirstOrDefault(f => f.QuerySelector("svg")?.GetAttribute("aria-labelledby") == "chart-items-title");
        if (items is not null && headline is not null)
        {
            var rows = items.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();
            AssertSafe(headline[5], [.. rows.Select(r => r[0])], url);
            AssertSafe(headline[6], [.. rows.Select(r => r[1])], url);
            Assert.All(rows.SelectMany(r => r), c => AssertNotSmall(c, url));
            Assert.All(items.QuerySelectorAll("svg text.bar-label").Select(t => t.TextContent), c => AssertNotSmall(c, url));
        }

        foreach (var list in document.QuerySelectorAll("dl.progress-figures"))
        {
            var dd = list.QuerySelectorAll("dd").Select(d => d.TextContent).ToList();
            int[] protectedFigures = [5, 6, 7, 9];
            Assert.All(protectedFigures, i => AssertNotSmall(dd[i], url));
        }
    }

    /// <summary>
    /// One table with the pages' columns; every value a plain number or empty with the reason in "suppressed"; per group,
    /// the commitment parts against their total and the monthly item counts against the period's, as on the pages.
    /// </summary>
    private static void AssertCsvSafe(string csv, string url)
    {
        var (header, rows) = CsvRows.Read(csv);
        Assert.Equal(Platform.Web.Reports.ProgressCsv.Columns, header);
        foreach (var row in rows)
        {
            Assert.True(row["value"].Length == 0 ? row["suppressed"].Length > 0 : double.TryParse(row["value"], NumberStyles.Float, CultureInfo.InvariantCulture, out _) && row["suppressed"].Length == 0,
                $"{url}: {string.Join('|', row.Values)}");
        }

        foreach (var group in rows.GroupBy(r => r["group"]))
        {
            var total = group.Single(r => r["measure"] == "commitments" && r["category"] == "" && r["period"] == "");
            AssertSafe(Shown(total), [.. group.Where(r => r["measure"] == "commitments" && r["category"] != "").Select(Shown)], url);
            var opened = group.Single(r => r["measure"] == "items_opened" && r["period"] == "");
            AssertSafe(Shown(opened), [.. group.Where(r => r["measure"] == "items_opened" && r["period"] != "").Select(Shown)], url);
            Assert.All(group.Where(r => r["measure"] is "items_opened" or "items_done" or "items_overdue" or "commitments" or "attendances"), r => AssertNotSmall(r["value"], url));
        }

        // As a page would show the cell.
        static string Shown(IReadOnlyDictionary<string, string> row) => row["suppressed"] switch
        {
            "small" => "<5",
            "" => row["value"],
            _ => "hidden",
        };
    }

    /// <summary>Independent of SmallCounts: with no hidden part, k parts shown "&lt;5" summing to R are pinned when R = k or 4k.</summary>
    private static void AssertSafe(string total, IReadOnlyList<string> parts, string url)
    {
        parts.ToList().ForEach(p => AssertNotSmall(p, url));
        if (!int.TryParse(total, NumberStyles.None, CultureInfo.InvariantCulture, out var t) || parts.Any(p => p == "hidden"))
        {
            return;
        }

        var small = parts.Count(p => p == "<5");
        var residual = t - parts.Where(p => int.TryParse(p, out _)).Sum(p => int.Parse(p, CultureInfo.InvariantCulture));
        Assert.False(small > 0 && (residual == small || residual == 4 * small), $"{url}: total {t} minus shown parts pins a small count ({string.Join('|', parts)})");
    }

    private static void AssertNotSmall(string cell, string url) =>
        Assert.False(cell.Trim() is "1" or "2" or "3" or "4", $"{url}: a protected cell shows {cell}");

    private static async Task<(Personas Seed, FormClient Donor)> SeedAsync(PlatformFactory factory)
    {
        var seed = await Personas.SeededAsync(factory);
        var now = factory.Time.GetUtcNow();
        var lastMonth = new DateTimeOffset(now.Year, now.Month, 3, 15, 0, 0, TimeSpan.Zero).AddMonths(-1);
        var meeting = Guid.NewGuid().ToString();
        await seed.ExecuteAsync("""
            INSERT INTO meeting (id, working_group_id, title, starts_local, ends_local, time_zone, starts_utc, ends_utc, version, created_at)
            VALUES (@meeting, @group, 'Plenaria', '2026-01-01T10:00', '2026-01-01T11:00', 'UTC', @starts, @ends, 1, @starts)
            """, new { meeting, group = seed.GroupA.ToString(), starts = Stored(lastMonth), ends = Stored(lastMonth.AddHours(1)) });
        for (var i = 0; i < People.Length; i++)
        {
            var user = await factory.CreateUserAsync($"{People[i].Split(' ')[0].ToLowerInvariant()}@example.org");
            await seed.ExecuteAsync("UPDATE user_account SET display_name = @name, gender = @gender WHERE id = @id", new { name = People[i], gender = i < 2 ? "woman" : "man", id = user.Id });
            await seed.SeatAsync(seed.GroupA, user.Id, "member");
            await seed.ExecuteAsync("""
                INSERT INTO attendance (id, meeting_id, user_id, organisation_id, status) VALUES (@id, @meeting, @user, @organisation, @status)
                """, new { id = Guid.NewGuid().ToString(), meeting, user = user.Id, organisation = seed.Organisation.ToString(), status = i < 4 ? "present" : "absent" });
        }

        for (var i = 0; i < 10; i++)
        {
            var at = Stored(i < 3 ? lastMonth : lastMonth.AddMonths(-1));
            await seed.ExecuteAsync("""
                INSERT INTO action_item (id, working_group_id, title, due_date, version, created_at, updated_at) VALUES (@id, @group, 'Tarea', NULL, 1, @at, @at)
                """, new { id = Guid.NewGuid().ToString(), group = seed.GroupA.ToString(), at });
        }

        for (var i = 0; i < 10; i++)
        {
            await seed.ExecuteAsync("""
                INSERT INTO commitment (id, working_group_id, organisation_id, text, standard, status, version, created_at, updated_at)
                VALUES (@id, @group, @organisation, 'Compromiso', 'other', @status, 1, @at, @at)
                """, new { id = Guid.NewGuid().ToString(), group = seed.GroupA.ToString(), organisation = seed.Organisation.ToString(), status = i < 7 ? "on_track" : "at_risk", at = Stored(lastMonth) });
        }

        var donor = await seed.PersonAsync("dora@example.org", PlatformRoles.Donor);
        await seed.PortfolioAsync(donor, seed.GroupA);
        var browser = factory.Browser();
        await browser.SignInAsync("dora@example.org", PlatformFactory.Password);
        return (seed, browser);
    }

    private static string Stored(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
