using System.Net;
using AngleSharp.Html.Parser;

namespace Platform.Host.Tests;

/// <summary>Browses like a person without JavaScript: load a page, fill its form, submit it with the hidden fields it carries.</summary>
public sealed class FormClient(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = client;

    public async Task<Page> GetAsync(string url)
    {
        using var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        return await Page.ReadAsync(response);
    }

    /// <summary>Loads <paramref name="url"/>, fills the page's main POST form with <paramref name="fields"/> and submits it.</summary>
    public Task<Page> SubmitAsync(string url, IReadOnlyDictionary<string, string> fields) =>
        SubmitAsync(url, "main form[method=post]", fields);

    /// <summary>As <see cref="SubmitAsync(string, IReadOnlyDictionary{string, string})"/> for the form matching <paramref name="formSelector"/>.</summary>
    public async Task<Page> SubmitAsync(string url, string formSelector, IReadOnlyDictionary<string, string> fields)
    {
        var page = await GetAsync(url);
        var form = page.Document.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url} (status {page.Status}).");
        var values = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return await PostAsync(form.GetAttribute("action") ?? url, values);
    }

    /// <summary>Signs in through the sign-in form, as a person would.</summary>
    public Task<Page> SignInAsync(string email, string password) =>
        SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public async Task<Page> PostAsync(string url, IReadOnlyDictionary<string, string> values)
    {
        using var content = new FormUrlEncodedContent(values);
        using var response = await Http.PostAsync(new Uri(url, UriKind.Relative), content);
        return await Page.ReadAsync(response);
    }

    public void Dispose() => Http.Dispose();

    public sealed record Page(HttpStatusCode Status, string? Location, IReadOnlyList<string> SetCookies, IDocument Document)
    {
        public string MainText => Document.QuerySelector("main")?.TextContent ?? "";

        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
            return new Page(response.StatusCode, response.Headers.Location?.OriginalString, cookies, Parser.ParseDocument(html));
        }
    }
}
