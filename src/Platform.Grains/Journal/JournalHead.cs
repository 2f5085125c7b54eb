namespace Platform.Grains.Journal;

/// <summary>The newest row of the chain: its seq and hash. Anything kept elsewhere with these pins the journal up to that row.</summary>
public sealed record JournalHead(long Seq, string Hash)
{
    /// <summary>The first 16 hex digits: enough for a person to compare by eye with what verify-journal prints.</summary>
    public string HashPrefix => Hash[..Math.Min(16, Hash.Length)];
}
