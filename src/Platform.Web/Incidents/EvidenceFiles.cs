namespace Platform.Web.Incidents;

/// <summary>
/// The kinds of evidence file a case may hold: photos, PDF documents and voice notes, the things people send from a phone.
/// The type is read from the file's first bytes, never taken from the browser's word or the name, and is what the download
/// is served as; anything else is refused before it reaches the case.
/// </summary>
public static class EvidenceFiles
{
    /// <summary>For the file input's <c>accept</c>: a hint to the phone's picker only; the server checks the bytes.</summary>
    public const string Accept = "image/jpeg,image/png,image/webp,application/pdf,audio/ogg,audio/mp4,audio/mpeg,.jpg,.jpeg,.png,.webp,.pdf,.ogg,.opus,.m4a,.mp3";

    /// <summary>The media type <paramref name="content"/> starts like, or null when it is none of the accepted kinds.</summary>
    public static string? TypeOf(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        if (content.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (content.StartsWith("OggS"u8))
        {
            return "audio/ogg";
        }

        // MPEG-4 audio (a phone's voice memo): a "ftyp" box whose brand is an audio one.
        if (content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8) && (content[8..12].SequenceEqual("M4A "u8) || content[8..11].SequenceEqual("3gp"u8)))
        {
            return "audio/mp4";
        }

        if (content.StartsWith("ID3"u8) || (content.Length >= 2 && content[0] == 0xFF && (content[1] & 0xE0) == 0xE0))
        {
            return "audio/mpeg";
        }

        return null;
    }

    /// <summary>The name to keep: the last part of what the browser sent, without control characters, or a plain default.</summary>
    public static string NameOf(string? given)
    {
        var name = Path.GetFileName((given ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name.Length == 0 ? "evidence" : name;
    }
}
