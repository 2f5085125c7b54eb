using System.Diagnostics.CodeAnalysis;

namespace Platform.Grains;

/// <summary>
/// The one rule for single-line fields (titles, names, places, links): control characters and line or paragraph
/// separators become one space. Records that carry such a field apply it in the property itself, so every path (a
/// form, a series edit, an import, a row read back) gets the same text, and a title can never break a mail header.
/// </summary>
public static class SingleLine
{
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Clean(string? value)
    {
        if (value is null || !value.Any(IsBreaking))
        {
            return value;
        }

        var clean = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!IsBreaking(c))
            {
                clean.Append(c);
            }
            else if (clean.Length == 0 || clean[^1] != ' ')
            {
                clean.Append(' ');
            }
        }

        return clean.ToString();
    }

    /// <summary>C0 and C1 controls (tab, CR, LF, NUL, NEL…) and the Unicode line and paragraph separators.</summary>
    public static bool IsBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
