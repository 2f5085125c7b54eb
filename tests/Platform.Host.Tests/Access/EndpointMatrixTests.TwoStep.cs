using Microsoft.AspNetCore.Routing;

namespace Platform.Host.Tests.Access;

/// <summary>The two-step gate over the same walk: a facilitator who has not enrolled reaches nothing that needs a sign-in but enrolment.</summary>
public sealed partial class EndpointMatrixTests
{
    // Enrolment, signing out, and the steps of a sign-in (open to anyone; without a password or a provider's answer they
    // send the visitor to sign in).
    private static readonly string[] OpenWhileEnrolling = ["/account/two-step/setup", "/account/sign-out", "/account/two-step", "/account/work-account/done"];

    [Fact]
    public async Task EveryEndpoint_FacilitatorWithoutTwoStep_LeadsOnlyToEnrolment()
    {
        using var factory = new PlatformFactory { DistinctClientAddresses = true };
        var seed = await Personas.SeededAsync(factory);
        var facilitator = await seed.PersonAsync("facilitator@example.org");
        await seed.SeatAsync(seed.GroupA, facilitator, "facilitator");
        await seed.ExecuteAsync("UPDATE user_account SET two_step_grace_until = NULL WHERE id = @facilitator", new { facilitator });
        routeValues[seed.GroupA] = seed.RouteValues(seed.GroupA);
        routeValues[seed.GroupA]["donorId"] = facilitator;
        routeValues[seed.GroupA]["personId"] = facilitator;
        using var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync("facilitator@example.org", PlatformFactory.Password)).Status);
        var expected = ParseExpected();

        var problems = new List<string>();
        foreach (var (method, pattern) in MatrixEndpoints.Rows(factory.Services.GetRequiredService<EndpointDataSource>()))
        {
            // What a signed-out visitor may open stays open; everything that asks for a sign-in is held back.
            var path = MatrixEndpoints.Raw(pattern);
            var signInNeeded = expected[MatrixEndpoints.Key(method, pattern)][0] is "SignIn" or "Status401";
            if (!signInNeeded || OpenWhileEnrolling.Contains(path))
            {
                continue;
            }

            var url = MatrixEndpoints.Url(pattern, routeValues[seed.GroupA]);
            var page = method == "GET" ? await browser.GetAsync(url) : await browser.PostAsync(url, new Dictionary<string, string>());
            // Held: sent to enrolment, refused, or stopped earlier (a role the facilitator lacks; a post without its form token).
            var held = page.Status == HttpStatusCode.BadRequest
                || page.Location?.Contains("/account/access-denied", StringComparison.Ordinal) == true
                || (method == "GET"
                    ? page.Status == HttpStatusCode.Found && page.Location?.StartsWith("/account/two-step/setup?returnUrl=", StringComparison.Ordinal) == true
                    : page.Status == HttpStatusCode.Forbidden);
            if (!held)
            {
                problems.Add($"{method} {url}: {(int)page.Status} {page.Location}");
            }
        }

        Assert.True(problems.Count == 0, "Reachable before enrolment:\n" + string.Join('\n', problems));
    }
}
