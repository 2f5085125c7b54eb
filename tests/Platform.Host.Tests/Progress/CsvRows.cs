using System.Text;

namespace Platform.Host.Tests.Progress;

/// <summary>Reads RFC 4180 text (quoted fields, doubled quotes, CRLF) into rows keyed by the header's column names.</summary>
internal static class CsvRows
{
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows) Read(string csv)
    {
        var records = Records(csv.TrimStart('\uFEFF')).ToList();
        var header = records[0];
        return (header, [.. records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return (IReadOnlyDictionary<string, string>)header.Zip(r).ToDictionary(p => p.First, p => p.Second);
        })]);
    }

    private static IEnumerable<IReadOnlyList<string>> Records(string csv)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
    }
}
