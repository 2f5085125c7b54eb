namespace Platform.Grains.Journal;

/// <summary>
/// A signed statement, kept in the data folder's <c>anchors</c> folder outside the database, that the chain once reached
/// row <see cref="Seq"/> with hash <see cref="Hash"/>. Deleting rows at the end, or rewriting a row and recomputing every
/// later hash, cannot also change an anchor without the signing key.
/// </summary>
/// <param name="Time">When it was signed (round-trip "O" text, signed as written).</param>
/// <param name="Reason">What made the host sign it: backup, published, shutdown, startup.</param>
/// <param name="Signature">ECDSA P-256 over SHA-256 of <see cref="SignedText"/>, base64.</param>
public sealed record JournalAnchor(long Seq, string Hash, string Time, string Reason, string Signature)
{
    /// <summary>Exactly what the signature covers; changing it breaks every anchor, so treat it like the chain hash.</summary>
    public byte[] SignedText() =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"roundtable-journal-anchor/1\n{Seq}\n{Hash}\n{Time}\n{Reason}\n"));
}

/// <summary>One anchor file as found: its name, what it says (null when it cannot be read), and whether the signature holds.</summary>
public sealed record FoundAnchor(string File, JournalAnchor? Anchor, bool SignatureValid);
