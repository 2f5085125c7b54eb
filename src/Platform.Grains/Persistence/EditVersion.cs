namespace Platform.Grains.Persistence;

/// <summary>
/// The one check every edit passes: a command carries the version its form showed (null when no form stood
/// between a person and the change, e.g. demo data), and the owner compares it with the stored one before writing.
/// </summary>
public static class EditVersion
{
    /// <summary>Throws <see cref="EditConflictException"/> when <paramref name="expected"/> is given and is not <paramref name="current"/>.</summary>
    public static void Require(long? expected, long current, string entityKind, string entityKey)
    {
        if (expected is { } shown && shown != current)
        {
            throw new EditConflictException(entityKind, entityKey, shown, current);
        }
    }
}
