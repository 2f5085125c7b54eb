namespace Platform.Grains.Runtime;

/// <summary>
/// Someone saved a newer version of what a person was editing: the command named the version their form showed and
/// the stored one has moved on. Nothing was written; the page keeps what they typed and shows what is stored now.
/// Unlike <see cref="ConcurrencyConflictException"/> (two hosts racing), this guards two people.
/// </summary>
public sealed class EditConflictException(string entityKind, string entityKey, long expectedVersion, long currentVersion)
    : Exception($"{entityKind} '{entityKey}' is at version {currentVersion}; the edit was based on version {expectedVersion}.")
{
    public string EntityKind { get; } = entityKind;

    public string EntityKey { get; } = entityKey;

    public long ExpectedVersion { get; } = expectedVersion;

    public long CurrentVersion { get; } = currentVersion;
}
