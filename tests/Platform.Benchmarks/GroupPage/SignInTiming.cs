using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Platform.Benchmarks.GroupPage;

/// <summary>
/// Times sign-in posts with a wrong password for addresses that have an account and for addresses that do not, on the
/// real host (Release, Production). The two medians should be close: a gap tells an attacker who has an account.
/// Each post claims its own X-Forwarded-For (the benchmark is the trusted loopback proxy) and the known posts are
/// spread over 40 accounts, so neither rate limit answers instead of the sign-in.
/// </summary>
internal static class SignInTiming
{
    private const int Accounts = 40;

    public static async Task<int> RunAsync(string[] args)
    {
        var attempts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
        var folder = Directory.CreateTempSubdirectory("roundtable-bench-signin-").FullName;
        try
        {
            await GroupPageSeed.CreateAsync(folder, Accounts);
            var port = GroupPageLoad.FreePort();
            using var host = GroupPageLoad.StartHost(folder, port);
            try
            {
                using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
                await GroupPageLoad.WaitForHealthAsync(client);
                var known = new List<double>();
                var unknown = new List<double>();
                for (var i = 0; i < attempts + 4; i++)
                {
                    var k = await TimeAsync(client, $"person{i % Accounts}@example.org", i * 2);
                    var u = await TimeAsync(client, $"nobody{i}@example.org", (i * 2) + 1);
                    if (i >= 4)
                    {
                        // The first rounds warm up JIT and the connection pool.
                        known.Add(k);
                        unknown.Add(u);
                    }
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"sign-in with a wrong password, {attempts} posts each: known address median {Median(known):F1} ms, unknown address median {Median(unknown):F1} ms"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"RESULT sign-in-timing attempts={attempts} known_median_ms={Median(known):F2} unknown_median_ms={Median(unknown):F2}"));
                return 0;
            }
            finally
            {
                host.Kill(entireProcessTree: true);
                await host.WaitForExitAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<double> TimeAsync(HttpClient client, string email, int n)
    {
        var cookies = new Dictionary<string, string>();
        var page = await GroupPageLoad.GetAsync(client, cookies, "/account/sign-in");
        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..];
        var form = main[..main.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = GroupPageLoad.HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.Email"] = email;
        fields["Input.Password"] = "not the password";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Forwarded-For", $"198.18.{n / 250}.{(n % 250) + 1}");
        var clock = Stopwatch.StartNew();
        using var response = await GroupPageLoad.SendAsync(client, cookies, request);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Sign-in post answered {(int)response.StatusCode}, not the form again.");
        }

        return elapsed;
    }

    private static double Median(List<double> times)
    {
        var sorted = times.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
