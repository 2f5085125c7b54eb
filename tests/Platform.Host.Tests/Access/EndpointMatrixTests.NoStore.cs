using Microsoft.AspNetCore.Routing;

namespace Platform.Host.Tests.Access;

/// <summary>
/// Issue 11: every response the application writes may carry group data (pages, fragments, CSV, .ics, the notification
/// count, JSON), so each one is <c>Cache-Control: no-store</c>. Walks the same endpoints as the matrix, as every persona, so
/// a new endpoint is covered the day it is mapped; only static files may be cached.
/// </summary>
public sealed partial class EndpointMatrixTests
{
    [Fact]
    public async Task EveryEndpoint_AsEveryPersona_AnswersNoStore()
    {
        using var factory = new PlatformFactory { DistinctClientAddresses = true };
        var seed = await Personas.SeededAsync(factory);
        var clients = await SignInPersonasAsync(factory, seed);
        var values = routeValues[seed.GroupA];

        var problems = new List<string>();
        foreach (var (method, pattern) in MatrixEndpoints.Rows(factory.Services.GetRequiredService<EndpointDataSource>()))
        {
            var url = MatrixEndpoints.Url(pattern, values);
            for (var i = 0; i < clients.Count; i++)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
                request.Content = method == "POST" ? new FormUrlEncodedContent([]) : null;
                using var response = await clients[i].Http.SendAsync(request);
                if (response.Headers.CacheControl?.NoStore != true)
                {
                    problems.Add($"{method} {url} as {Columns[i]}: {(int)response.StatusCode}, Cache-Control: {response.Headers.CacheControl}");
                }
            }
        }

        using var stylesheet = await clients[0].Http.GetAsync(new Uri("/_content/Platform.Web/css/site.css", UriKind.Relative));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(stylesheet.IsSuccessStatusCode && stylesheet.Headers.CacheControl?.NoStore != true, "Static files stay cacheable.");
    }
}
