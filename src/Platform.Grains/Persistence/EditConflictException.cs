namespace Platform.Grains.Persistence;

/// <summary>
/// Someone saved a newer version of what a person was editing: the command named the version their form showed and
/// the stored one has moved on. Nothing was written; the page keeps what they typed and shows what is stored now.
/// Unlike <see cref="ConcurrencyConflictException"/> (two hosts racing), this guards two people.
/// </summary>
[GenerateSerializer, Alias("rt.EditConflictException")]
public sealed class EditConflictException(string entityKind, string entityKey, long expectedVersion, long currentVersion)
    : Exception($"{entityKind} '{entityKey}' is at version {currentVersion}; the edit was based on version {expectedVersion}.")
{
    [Id(0)]
    public string EntityKind { get; } = entityKind;

    [Id(1)]
    public string EntityKey { get; } = entityKey;

    [Id(2)]
    public long ExpectedVersion { get; } = expectedVersion;

    [Id(3)]
    public long CurrentVersion { get; } = currentVersion;
}
