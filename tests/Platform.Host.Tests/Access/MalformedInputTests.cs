using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Logging;

namespace Platform.Host.Tests.Access;

/// <summary>
/// Bad input never produces a 500: every endpoint of the host's <see cref="EndpointDataSource"/> is called with
/// <see cref="MalformedInput.Values"/> in each route parameter, each query parameter (found by reflection) and each field
/// of each form its page renders (posted with the page's own antiforgery token). It runs as a facilitator, a donor and an
/// administrator, so the handlers behind the authorisation checks are reached. A 5xx or an error logged with an exception
/// fails the test; the message lists every request that did so.
/// </summary>
public sealed class MalformedInputTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task EveryEndpoint_WithMalformedValues_NeverAnswers5xx()
    {
        using var factory = new PlatformFactory { DistinctClientAddresses = true };
        var seed = await Personas.SeededAsync(factory);
        var errors = new ErrorLog();
        factory.Services.GetRequiredService<ILoggerFactory>().AddProvider(errors);
        var donor = await seed.PersonAsync("donor@example.org", PlatformRoles.Donor);
        await seed.PortfolioAsync(donor, seed.GroupA);
        await seed.PersonAsync("admin@example.org", PlatformRoles.Administrator);
        var values = seed.RouteValues(seed.GroupA);
        values["donorId"] = donor;
        values["personId"] = donor;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !MatrixEndpoints.Raw(e.RoutePattern).StartsWith("/hub", StringComparison.Ordinal))
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal).ToList();

        var walk = new Walk(endpoints, values, errors);
        await walk.RunAsync(await seed.SeatedBrowserAsync("facilitator@example.org", seed.GroupA, "facilitator"));
        await walk.RunAsync(await factory.SignedInAsync("donor@example.org"));
        await walk.RunAsync(await factory.SignedInAsync("admin@example.org"));

        output.WriteLine($"{walk.Requests} requests, {walk.FormsPosted} forms walked.");
        Assert.True(walk.FormsPosted > 25, $"Only {walk.FormsPosted} forms were walked: the walk no longer reaches the pages.");
        Assert.True(walk.Problems.Count == 0, $"{walk.Requests} requests; these failed:\n{string.Join('\n', walk.Problems.Distinct())}");
    }

    private sealed class Walk(IReadOnlyList<RouteEndpoint> endpoints, IReadOnlyDictionary<string, string> values, ErrorLog errors)
    {
        public List<string> Problems { get; } = [];

        public int Requests { get; private set; }

        public int FormsPosted { get; private set; }

        private readonly HashSet<string> reached = new(StringComparer.Ordinal);

        private readonly HashSet<string> walked = new(StringComparer.Ordinal);

        private static IReadOnlyList<string> Methods(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

        public async Task RunAsync(FormClient client)
        {
            using var _ = client;
            var forms = new Dictionary<string, MalformedInput.RenderedForm>(StringComparer.Ordinal);
            var posts = new List<RouteEndpoint>();
            foreach (var endpoint in endpoints)
            {
                if (Methods(endpoint).Contains("POST"))
                {
                    posts.Add(endpoint);
                }

                if (Methods(endpoint).Contains("GET"))
                {
                    await GetAllAsync(client, endpoint, forms);
                }
            }

            var token = forms.Values.Select(f => f.Defaults.GetValueOrDefault("__RequestVerificationToken")).FirstOrDefault(t => t is not null) ?? "";
            foreach (var endpoint in posts)
            {
                var fields = MalformedInput.FormParameters(endpoint);
                var url = MatrixEndpoints.Url(endpoint.RoutePattern, values);
                var form = forms.Values.FirstOrDefault(f => f.Action == url)
                    ?? new MalformedInput.RenderedForm(url, fields.Append("__RequestVerificationToken").ToDictionary(f => f, f => f == "__RequestVerificationToken" ? token : ""), fields);
                forms.TryAdd("endpoint " + url, form);
                if (Methods(endpoint).Contains("GET") && !reached.Contains(url))
                {
                    continue;
                }

                // Only the malformed routes: posting a page's first form as rendered could cancel the meeting the walk still needs.
                foreach (var (name, bad) in RouteVariants(endpoint.RoutePattern).Where(v => v.Name is not null))
                {
                    await CheckAsync("POST", $"{url} {name}", client.PostAsync(bad, form.Defaults));
                }
            }

            // A form already walked as an earlier persona (the layout's, a group page's as admin) is not walked again.
            foreach (var form in forms.Values.Where(f => !f.Action.Contains("sign-out", StringComparison.Ordinal) && f.Fields.Count > 0 && walked.Add(f.Key)))
            {
                FormsPosted++;
                foreach (var (label, bad) in MalformedInput.Values)
                {
                    await CheckAsync("POST", $"{form.Action} every field={label}", client.PostAsync(form.Action, form.WithAll(bad)));
                }

                // One field at a time, the others as rendered, so a value is also seen by the checks after the form's own validation.
                foreach (var field in form.Fields)
                {
                    foreach (var (label, bad) in MalformedInput.Values.Where(v => MalformedInput.OneField.Contains(v.Label)))
                    {
                        await CheckAsync("POST", $"{form.Action} {field}={label}", client.PostAsync(form.Action, form.With(field, bad)));
                    }
                }
            }
        }

        private async Task GetAllAsync(FormClient client, RouteEndpoint endpoint, Dictionary<string, MalformedInput.RenderedForm> forms)
        {
            var url = MatrixEndpoints.Url(endpoint.RoutePattern, values);
            var page = await CheckAsync("GET", url, client.GetAsync(url));
            if ((int)page.Status is < 200 or >= 300)
            {
                reached.Remove(url);
                return; // not this persona's page: the handler behind it is not reached, whatever the values
            }

            reached.Add(url);
            foreach (var form in MalformedInput.Forms(page.Document, url))
            {
                forms.TryAdd(form.Key, form);
            }

            foreach (var name in MalformedInput.QueryParameters(endpoint))
            {
                foreach (var (label, bad) in MalformedInput.Values)
                {
                    var withQuery = $"{url}?{name}={Uri.EscapeDataString(bad)}";
                    await CheckAsync("GET", $"{url}?{name}={label}", client.GetAsync(withQuery));
                }
            }

            foreach (var (name, bad) in RouteVariants(endpoint.RoutePattern))
            {
                if (name is not null)
                {
                    await CheckAsync("GET", $"{url} {name}", client.GetAsync(bad));
                }
            }
        }

        /// <summary>The valid URL (name null) and, for each route parameter and malformed value, the URL carrying it.</summary>
        private IEnumerable<(string? Name, string Url)> RouteVariants(RoutePattern pattern)
        {
            yield return (null, MatrixEndpoints.Url(pattern, values));
            foreach (var parameter in pattern.Parameters)
            {
                // A NUL in a path never reaches the application: the server refuses the request line (Kestrel answers 400).
                // Past a {x:guid} constraint only a well-formed unknown id reaches the page; anything else is the fallback's 404.
                var guid = parameter.ParameterPolicies.Any(p => p.Content == "guid");
                foreach (var (label, bad) in MalformedInput.Values.Where(v => v.Value.Length > 0 && !v.Value.Contains('\0')
                    && (!guid || v.Label is "unknown id" or "non-numeric")))
                {
                    yield return ($"{parameter.Name}={label}", MatrixEndpoints.Url(pattern, new Dictionary<string, string>(values) { [parameter.Name] = bad }));
                }
            }
        }

        private async Task<FormClient.Page> CheckAsync(string method, string what, Task<FormClient.Page> call)
        {
            Requests++;
            var logged = errors.Entries.Count;
            var page = await call;
            if ((int)page.Status >= 500 || errors.Entries.Count > logged)
            {
                Problems.Add($"{method} {Shorten(what)} → {(int)page.Status} {errors.Entries.LastOrDefault()}");
            }

            // The test server passes any header on; Kestrel refuses to send a non-ASCII or control character, and answers 500.
            if (page.Location?.Any(c => !char.IsAscii(c) || char.IsControl(c)) == true)
            {
                Problems.Add($"{method} {Shorten(what)} → Location {Shorten(page.Location)}");
            }

            return page;
        }
    }

    private static string Shorten(string what) => what.Length > 160 ? what[..160] + "…" : what;

    /// <summary>Collects errors logged with an exception: a page that fails after it started streaming answers 200, but logs.</summary>
    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null)
            {
                Entries.Enqueue($"{exception.GetType().Name}: {Shorten(exception.Message.Split('\n')[0])}");
            }
        }

        public void Dispose()
        {
        }
    }
}
