using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Platform.Web.Markdown;

/// <summary>
/// Renders Markdown written by members (terms of reference, agendas) so it cannot carry script:
/// raw HTML is shown as text, and links or images whose scheme is not http, https or mailto lose their target.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <param name="markdown">Text written by a member.</param>
    /// <param name="sectionLevel">The heading level of the section the text sits in: its headings nest below it (at most h6).</param>
    public static string ToHtml(string? markdown, int sectionLevel = 0)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        // Shift every heading by the same amount, so the text's own hierarchy survives and its top level sits just below the section.
        var headings = document.Descendants<HeadingBlock>().ToList();
        var shift = headings.Count == 0 ? 0 : Math.Max(0, sectionLevel + 1 - headings.Min(h => h.Level));
        foreach (var heading in headings)
        {
            heading.Level = Math.Min(6, heading.Level + shift);
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url))
            {
                autolink.Url = "#";
            }
        }

        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            if (!IsSafe(definition.Url))
            {
                definition.Url = "#";
            }
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>Relative links and the allowed schemes pass; anything else (javascript:, data:, vbscript:) does not.</summary>
    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so judge the URL without them.
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstSeparator < 0 || colon < firstSeparator);
        return !hasScheme || AllowedSchemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
