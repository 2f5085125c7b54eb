using System.Text;

namespace Platform.Web.ActionItems;

/// <summary>
/// A tiny RFC 4180 writer: fields with a comma, quote or line break are quoted with quotes doubled; lines end CRLF.
/// Cells a spreadsheet would run as a formula (starting =, +, -, @, tab or CR) get a leading single quote first.
/// </summary>
public static class Csv
{
    public static string Write(IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return text.ToString();
    }

    public static string Field(string? value)
    {
        var cell = Defused(value ?? string.Empty);
        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static string Defused(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
