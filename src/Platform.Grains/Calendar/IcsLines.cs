namespace Platform.Grains.Calendar;

/// <summary>
/// Builds RFC 5545 content lines: CRLF endings, TEXT escaping, and folding at 75 octets that never splits a UTF-8
/// character (a continuation line starts with one space, which counts towards its 75).
/// </summary>
internal sealed class IcsLines
{
    public const int MaxOctets = 75;

    private readonly StringBuilder text = new();

    /// <summary>A property whose value is already in iCalendar form (dates, numbers, URIs, parameters).</summary>
    public IcsLines Raw(string nameAndParameters, string value)
    {
        Fold(text, $"{nameAndParameters}:{value}");
        return this;
    }

    /// <summary>A TEXT property: backslash, semicolon, comma and line breaks are escaped.</summary>
    public IcsLines Text(string name, string value) => Raw(name, Escape(value));

    public override string ToString() => text.ToString();

    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n': escaped.Append(@"\n"); break;
                // Other control characters are not allowed in TEXT (RFC 5545 3.3.11); tab is.
                case < ' ' and not '\t': break;
                case '\u007f': break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }

    private static void Fold(StringBuilder output, string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var start = 0;
        var limit = MaxOctets;
        while (bytes.Length - start > limit)
        {
            var end = start + limit;
            // Back off to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
            while ((bytes[end] & 0xC0) == 0x80)
            {
                end--;
            }

            output.Append(Encoding.UTF8.GetString(bytes, start, end - start)).Append("\r\n ");
            start = end;
            limit = MaxOctets - 1;
        }

        output.Append(Encoding.UTF8.GetString(bytes, start, bytes.Length - start)).Append("\r\n");
    }
}
