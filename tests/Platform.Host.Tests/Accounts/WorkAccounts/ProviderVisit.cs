using AngleSharp.Html.Parser;

namespace Platform.Host.Tests.Accounts.WorkAccounts;

/// <summary>A person at the provider's development pages, played over HTTP without a browser.</summary>
internal static class ProviderVisit
{
    /// <summary>
    /// Plays a person at the provider, from the authorisation request <paramref name="authorize"/> on: signs in as
    /// <paramref name="login"/>, consents, and answers the address the provider sends the browser back to.
    /// </summary>
    public static async Task<Uri> SignInAsync(OidcProviderProcess provider, Uri authorize, string login)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler);
        var parser = new HtmlParser();
        var next = authorize;
        for (var step = 0; step < 12; step++)
        {
            if (next.Authority != provider.Authority.Authority)
            {
                return next;
            }

            using var response = await client.GetAsync(next);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                next = new Uri(next, response.Headers.Location!);
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"The provider answered {(int)response.StatusCode}: {html}");
            var form = parser.ParseDocument(html).QuerySelector("form[method=post]") ?? throw new InvalidOperationException($"No form at the provider: {html}");
            var fields = form.QuerySelectorAll("input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
            if (fields.ContainsKey("login"))
            {
                fields["login"] = login;
                fields["password"] = "any password";
            }

            using var posted = await client.PostAsync(new Uri(next, form.GetAttribute("action")), new FormUrlEncodedContent(fields));
            Assert.True((int)posted.StatusCode is >= 300 and < 400, $"The provider answered {(int)posted.StatusCode} to its own form.");
            next = new Uri(next, posted.Headers.Location!);
        }

        throw new InvalidOperationException("The provider never sent the browser back.");
    }

}
