using AngleSharp.Html.Dom;
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

    /// <summary>Follows the redirect a post answered with (address and query; a fragment stays in the browser).</summary>
    public Task<Page> FollowAsync(Page posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return GetAsync(new Uri(new Uri("http://localhost"), posted.Location ?? throw new InvalidOperationException($"No redirect (status {posted.Status}).")).PathAndQuery);
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

    /// <summary>Loads <paramref name="url"/> and reads its form named <paramref name="formName"/> (Blazor's <c>@formname</c>) as it stands.</summary>
    public async Task<OpenForm> OpenFormAsync(string url, string formName)
    {
        var page = await GetAsync(url);
        return OpenForm.Of(page, url, formName);
    }

    /// <summary>Submits <paramref name="form"/> with every field as it stood, changed by <paramref name="typed"/>, as a browser would.</summary>
    public Task<Page> SendAsync(OpenForm form, IReadOnlyDictionary<string, string> typed)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = new Dictionary<string, string>(form.Values);
        foreach (var (name, value) in typed)
        {
            values[name] = value;
        }

        return PostAsync(form.Action, values);
    }

    /// <summary>As <see cref="SendAsync"/> for a form with a file input: multipart, with <paramref name="content"/> as the chosen file.</summary>
    public async Task<Page> SendFileAsync(OpenForm form, IReadOnlyDictionary<string, string> typed, string fileField, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(typed);
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in form.Values.Where(v => v.Key != fileField && !typed.ContainsKey(v.Key)).Concat(typed))
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, fileField, fileName);
        using var response = await Http.PostAsync(new Uri(form.Action, UriKind.Relative), body);
        return await Page.ReadAsync(response);
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

        /// <summary>The sign-in cookie this answer set, as a browser sends it back ("rt=…"), e.g. with the live hub's WebSocket.</summary>
        public string SignInCookie => Assert.Single(SetCookies, c => c.StartsWith("rt=", StringComparison.Ordinal)).Split(';')[0];

        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
            return new Page(response.StatusCode, response.Headers.Location?.OriginalString, cookies, Parser.ParseDocument(html));
        }
    }

    /// <summary>A form read from a page: where it posts and what a browser would send if nothing were typed.</summary>
    public sealed record OpenForm(string Action, IReadOnlyDictionary<string, string> Values)
    {
        public static OpenForm Of(Page page, string url, string formName)
        {
            ArgumentNullException.ThrowIfNull(page);
            var form = page.Document.QuerySelectorAll("main form[method=post]")
                .FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
                ?? throw new InvalidOperationException($"No form '{formName}' on {url} (status {page.Status}).");
            var values = new Dictionary<string, string>();
            foreach (var field in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
            {
                var name = field.GetAttribute("name")!;
                switch (field)
                {
                    case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                        values[name] = box.Value;
                        break;
                    case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "button" }:
                        break;
                    case IHtmlInputElement input:
                        values[name] = input.Value;
                        break;
                    case IHtmlTextAreaElement area:
                        values[name] = area.Value;
                        break;
                    case IHtmlSelectElement select:
                        values[name] = select.Value ?? "";
                        break;
                }
            }

            return new OpenForm(form.GetAttribute("action") ?? url, values);
        }
    }
}
