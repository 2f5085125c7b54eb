using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Platform.Host.Tests.Web;

/// <summary>Reads a server-rendered page and builds form posts from it, as a browser without JavaScript would.</summary>
public sealed class FormPage(IHtmlDocument document)
{
    public IHtmlDocument Document { get; } = document;

    public static async Task<FormPage> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return new FormPage(new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The form's hidden fields (antiforgery token included) plus <paramref name="fields"/>.</summary>
    public FormUrlEncodedContent Fill(string formSelector, IReadOnlyDictionary<string, string> fields)
    {
        var form = Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => !string.IsNullOrEmpty(input.Name))
            .ToDictionary(input => input.Name!, input => input.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return new FormUrlEncodedContent(values);
    }
}
