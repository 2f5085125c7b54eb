namespace Platform.Grains.Incidents;

/// <summary>
/// The kinds of evidence file a case may hold: photos, PDF documents and voice notes, the things people send from a phone.
/// The type is read from the file's first bytes, never taken from the browser's word or the name; it is what the download
/// is served as. The incident grain refuses anything else, whichever path the file came by.
/// </summary>
public static class EvidenceFileKinds
{
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
}
