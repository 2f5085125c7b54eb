namespace Platform.Grains.Journal;

/// <summary>The outcome of walking the chain: intact with <see cref="Count"/> entries, or broken at <see cref="BrokenAtSeq"/>.</summary>
public sealed record JournalVerification(bool IsIntact, long Count, long? BrokenAtSeq)
{
    public static JournalVerification Intact(long count) => new(true, count, null);

    public static JournalVerification BrokenAt(long seq, long countBefore) => new(false, countBefore, seq);
}
