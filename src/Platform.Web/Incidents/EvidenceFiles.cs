namespace Platform.Web.Incidents;

/// <summary>
/// The evidence file input's helpers. Which kinds a case accepts is decided by the incident grain from the bytes
/// (<see cref="Platform.Grains.Incidents.EvidenceFileKinds"/>), not here.
/// </summary>
public static class EvidenceFiles
{
    /// <summary>For the file input's <c>accept</c>: a hint to the phone's picker only; the server checks the bytes.</summary>
    public const string Accept = "image/jpeg,image/png,image/webp,application/pdf,audio/ogg,audio/mp4,audio/mpeg,.jpg,.jpeg,.png,.webp,.pdf,.ogg,.opus,.m4a,.mp3";

    /// <summary>The name to keep: the last part of what the browser sent, without control characters, or a plain default.</summary>
    public static string NameOf(string? given)
    {
        var name = Path.GetFileName((given ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name.Length == 0 ? "evidence" : name;
    }
}
