using CsvHelper;

namespace Platform.Web.ActionItems;

/// <summary>
/// Every CSV the platform writes, through CsvHelper: RFC 4180 (quoted where needed, quotes doubled, lines end CRLF). Our
/// rule on top: a cell a spreadsheet would run as a formula (starting =, +, -, @, tab or CR) gets a leading single quote.
/// </summary>
public static class Csv
{
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        InjectionEscape = '\'',
        ValidateFieldCount = false,
    };

    public static string Write(IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row]);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Written CSV as a download named <paramref name="name"/>, with a byte order mark so spreadsheet programs read
    /// accents (Bogotá, Sécurité) as UTF-8.
    /// </summary>
    public static IResult File(string csv, string name) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", name);
}
