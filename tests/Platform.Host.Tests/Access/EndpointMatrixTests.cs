using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Platform.Host.Tests.Access;

/// <summary>
/// The authorisation matrix: every endpoint in the host's <see cref="EndpointDataSource"/> (Razor component pages,
/// minimal endpoints, health, the fallback) is called as each persona and the outcome compared with <see cref="Expected"/>.
/// <list type="bullet">
/// <item>Rows are "METHOD pattern". A Razor component page answers GET (the page) and POST (its forms), so it has one GET
/// row and one POST row; an endpoint that names no method (health, the fallback) has one GET row.</item>
/// <item>POSTs carry an empty form and no antiforgery token. Authorisation runs before antiforgery in this pipeline
/// (WebExtensions.UsePlatformPipeline), so a denied persona is redirected and an allowed one gets 400, counted as Allowed;
/// the test then checks that no row changed in the database.</item>
/// <item>Route values are real seeded ids (<see cref="Personas.RouteValues"/>): {groupId} is group A, where the personas sit. A
/// route with {groupId} is called a second time with group B, where only "other" sits (as a member) and the donor
/// without A has B in their portfolio. Expected outcomes on B are derived from the A row, by who each persona is on B:
/// other stands as a member, donor+ and donor- swap places, admin and anonymous stay, everyone else stands as other.</item>
/// <item>A new endpoint without a row, or a row whose endpoint is gone, fails the test; the message prints ready-to-paste
/// rows with the observed outcomes. Adding an endpoint is adding one line below.</item>
/// </list>
/// </summary>
public sealed partial class EndpointMatrixTests
{
    private static readonly string[] Columns = ["anon", "other", "observer", "member", "facilitator", "donor+", "donor-", "admin"];

    private readonly Dictionary<Guid, Dictionary<string, string>> routeValues = [];

    [Fact]
    public async Task EveryEndpoint_AsEveryPersona_MatchesExpectedMatrix()
    {
        using var factory = new PlatformFactory { DistinctClientAddresses = true };
        var seed = await Personas.SeededAsync(factory);
        var clients = await SignInPersonasAsync(factory, seed);
        var expected = ParseExpected();
        var rows = MatrixEndpoints.Rows(factory.Services.GetRequiredService<EndpointDataSource>());
        var before = await FingerprintAsync(seed);

        var problems = new List<string>();
        var observedRows = new List<string>();
        foreach (var (method, pattern) in rows)
        {
            var key = MatrixEndpoints.Key(method, pattern);
            var observedA = await CallAsync(clients, method, pattern, seed.GroupA);
            observedRows.Add(Row(key, observedA));
            if (!expected.TryGetValue(key, out var wanted))
            {
                problems.Add($"No row for endpoint {key}; observed (paste into Expected if right):\n{Row(key, observedA)}");
                continue;
            }

            if (!wanted.SequenceEqual(observedA))
            {
                problems.Add($"{key} with group A: expected {string.Join(' ', wanted)}, observed:\n{Row(key, observedA)}");
            }

            if (MatrixEndpoints.HasParameter(pattern, "groupId"))
            {
                var observedB = await CallAsync(clients, method, pattern, seed.GroupB);
                var wantedB = OnGroupB(wanted);
                if (!wantedB.SequenceEqual(observedB))
                {
                    problems.Add($"{key} with group B: expected {string.Join(' ', wantedB)}, observed {string.Join(' ', observedB)}");
                }
            }
        }

        foreach (var stale in expected.Keys.Except(rows.Select(r => MatrixEndpoints.Key(r.Method, r.Pattern))))
        {
            problems.Add($"Row {stale} names no endpoint any more: remove it from Expected.");
        }

        Assert.Equal(before, await FingerprintAsync(seed));
        Assert.True(problems.Count == 0, $"{string.Join('\n', problems)}\nAll observed rows:\n{string.Join('\n', observedRows)}");
    }

    private async Task<IReadOnlyList<FormClient>> SignInPersonasAsync(PlatformFactory factory, Personas seed)
    {
        var other = await seed.PersonAsync("otto@example.org");
        await seed.SeatAsync(seed.GroupB, other, "member");
        foreach (var role in new[] { "observer", "member", "facilitator" })
        {
            await seed.SeatAsync(seed.GroupA, await seed.PersonAsync($"{role}@example.org"), role);
        }

        var donorWith = await seed.PersonAsync("donor.a@example.org", PlatformRoles.Donor);
        await seed.PortfolioAsync(donorWith, seed.GroupA);
        var donorWithout = await seed.PersonAsync("donor.b@example.org", PlatformRoles.Donor);
        await seed.PortfolioAsync(donorWithout, seed.GroupB);
        await seed.PersonAsync("admin@example.org", PlatformRoles.Administrator);

        foreach (var group in new[] { seed.GroupA, seed.GroupB })
        {
            routeValues[group] = seed.RouteValues(group);
            routeValues[group]["donorId"] = donorWith;
            routeValues[group]["personId"] = donorWith;
        }

        var clients = new List<FormClient> { factory.Browser() };
        foreach (var email in new[] { "otto", "observer", "member", "facilitator", "donor.a", "donor.b", "admin" })
        {
            var browser = factory.Browser();
            Assert.Equal(System.Net.HttpStatusCode.Found, (await browser.SignInAsync($"{email}@example.org", PlatformFactory.Password)).Status);
            clients.Add(browser);
        }

        return clients;
    }

    private async Task<string[]> CallAsync(IReadOnlyList<FormClient> clients, string method, RoutePattern pattern, Guid groupId)
    {
        // Ids of things inside a group follow the group in the route; pairing them across groups is tested in GroupPolicyTests.
        var url = MatrixEndpoints.Url(pattern, routeValues[groupId]);
        var outcomes = new string[clients.Count];
        for (var i = 0; i < clients.Count; i++)
        {
            var page = method switch
            {
                "GET" => await clients[i].GetAsync(url),
                "POST" => await clients[i].PostAsync(url, new Dictionary<string, string>()),
                _ => throw new InvalidOperationException($"The matrix does not call {method} yet ({url})."),
            };
            outcomes[i] = MatrixOutcome.Of(method, page.Status, page.Location);
        }

        return outcomes;
    }

    /// <summary>On group B: other is a member there, the two donors swap, everyone seated in A stands as other does in A.</summary>
    private static string[] OnGroupB(string[] a) => [a[0], a[3], a[1], a[1], a[1], a[6], a[5], a[7]];

    private static Dictionary<string, string[]> ParseExpected()
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in Expected.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(parts.Length == 2 + Columns.Length, $"Malformed matrix row: {line}");
            Assert.True(rows.TryAdd($"{parts[0]} {parts[1]}", parts[2..]), $"Duplicate matrix row: {line}");
        }

        return rows;
    }

    private static string Row(string key, IEnumerable<string> outcomes)
    {
        var method = key[..key.IndexOf(' ', StringComparison.Ordinal)];
        var head = $"{method,-4} {key[(method.Length + 1)..]}";
        return $"{head,-42} " + string.Join(' ', outcomes.Select(o => $"{o,-7}")).TrimEnd();
    }

    private static Task<string> FingerprintAsync(Personas seed) => seed.ScalarAsync<string>("""
        SELECT (SELECT COUNT(*) FROM journal_entry) || '/' || (SELECT COUNT(*) FROM user_account) || '/' ||
               (SELECT COUNT(*) FROM user_role) || '/' || (SELECT COUNT(*) FROM membership) || '/' ||
               (SELECT COUNT(*) FROM donor_portfolio) || '/' || (SELECT COUNT(*) FROM working_group) || '/' ||
               (SELECT COUNT(*) FROM organisation) || '/' || (SELECT COUNT(*) FROM invitation) || '/' ||
               (SELECT COUNT(*) FROM calendar_subscription) || '/' ||
               (SELECT COUNT(*) FROM notification WHERE read_at IS NOT NULL) || '/' || (SELECT COUNT(*) FROM attendance)
        """);
}
