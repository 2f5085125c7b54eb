namespace Platform.Grains.Journal;

/// <summary>The chain hash. Changing this breaks every existing journal, so treat it like a migration.</summary>
internal static class JournalHash
{
    /// <summary>The prev_hash of the first row.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(JournalRow row)
    {
        // Length-prefixed fields make the encoding unambiguous: no two different rows share one canonical text.
        var canonical = new StringBuilder();
        Field(canonical, row.PrevHash);
        Field(canonical, row.Seq.ToString(CultureInfo.InvariantCulture));
        Field(canonical, row.WorkingGroupId);
        Field(canonical, row.EntityKind);
        Field(canonical, row.EntityKey);
        Field(canonical, row.Action);
        Field(canonical, row.Actor);
        Field(canonical, row.OccurredAt);
        Field(canonical, row.Summary);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static void Field(StringBuilder canonical, string? value)
    {
        if (value is null)
        {
            canonical.Append("~\n");
            return;
        }

        canonical.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
    }
}
