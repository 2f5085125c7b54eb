using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Browser.Tests;

/// <summary>
/// One client of <see cref="ClusterTests"/>: posts progress to its own action item through the product's form, one post
/// after another, through its host; when that host stops answering it goes on through the other, as a load balancer
/// would send it. It remembers every text it sent and when each was acknowledged (302).
/// </summary>
internal sealed class Writer(int number, (string GroupId, string ItemId) item, Uri home, Uri fallback, CookieCollection session)
{
    private readonly List<(long At, string Text)> acknowledged = [];
    private readonly List<string> attempted = [];
    private readonly TaskCompletionSource first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private (long After, TaskCompletionSource Seen)? waiting;

    public Task FirstAcknowledged => first.Task;

    public IEnumerable<string> Acknowledged
    {
        get
        {
            lock (acknowledged)
            {
                return [.. acknowledged.Select(a => a.Text)];
            }
        }
    }

    public IEnumerable<string> Attempted
    {
        get
        {
            lock (acknowledged)
            {
                return [.. attempted];
            }
        }
    }

    public static HttpClient Client(CookieContainer cookies, Uri host) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Completes once a post sent after <paramref name="timestamp"/> (a <see cref="Stopwatch"/> timestamp) was acknowledged.</summary>
    public Task AcknowledgedAfterAsync(long timestamp)
    {
        lock (acknowledged)
        {
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (acknowledged.Any(a => a.At > timestamp))
            {
                seen.SetResult();
            }

            waiting = (timestamp, seen);
            return seen.Task;
        }
    }

    /// <summary>From <paramref name="timestamp"/> to this client's first acknowledged write after it.</summary>
    public TimeSpan GapAround(long timestamp)
    {
        lock (acknowledged)
        {
            return Stopwatch.GetElapsedTime(timestamp, acknowledged.First(a => a.At > timestamp).At);
        }
    }

    public async Task RunAsync(CancellationToken stop)
    {
        var cookies = new CookieContainer();
        cookies.Add(session);
        var host = home;
        var client = Client(cookies, host);
        var path = $"/groups/{item.GroupId}/actions/{item.ItemId}/progress";
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var text = $"cluster {number} {n}";
            try
            {
                var form = await FormFields.ReadAsync(client, path);
                form["_handler"] = "progress";
                form["Input.Text"] = text;
                lock (acknowledged)
                {
                    attempted.Add(text);
                }

                using var content = new FormUrlEncodedContent(form);
                using var answer = await client.PostAsync(new Uri(path, UriKind.Relative), content, CancellationToken.None);
                if (answer.StatusCode == HttpStatusCode.Found)
                {
                    Acknowledge(text);
                }
            }
            catch (HttpRequestException) when (host != fallback)
            {
                // The host is gone: the balancer sends this client to the other one from now on.
                client.Dispose();
                host = fallback;
                client = Client(cookies, host);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // A failed post is not acknowledged; the next one is a new write.
            }
        }

        client.Dispose();
    }

    private void Acknowledge(string text)
    {
        lock (acknowledged)
        {
            var at = Stopwatch.GetTimestamp();
            acknowledged.Add((at, text));
            first.TrySetResult();
            if (waiting is { } w && at > w.After)
            {
                w.Seen.TrySetResult();
            }
        }
    }
}

/// <summary>The hidden fields (antiforgery token) of a page's post form, read the way a browser without JavaScript submits them.</summary>
internal static partial class FormFields
{
    public static async Task<Dictionary<string, string>> ReadAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var token = TokenInput().Match(html);
        return token.Success
            ? new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) }
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    /// <summary>Signs in through the sign-in form of <paramref name="host"/>; answers the session's cookies (without the antiforgery one).</summary>
    public static async Task<CookieCollection> SignInAsync(Uri host, string email, string password)
    {
        var cookies = new CookieContainer();
        using var client = Writer.Client(cookies, host);
        var form = await ReadAsync(client, "/account/sign-in");
        form["_handler"] = "sign-in";
        form["Input.Email"] = email;
        form["Input.Password"] = password;
        using var content = new FormUrlEncodedContent(form);
        using var answer = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Found, answer.StatusCode);
        var signedIn = new CookieCollection();
        foreach (var cookie in cookies.GetCookies(host).Where(c => !c.Name.Contains("Antiforgery", StringComparison.Ordinal)))
        {
            signedIn.Add(cookie);
        }

        return signedIn;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
