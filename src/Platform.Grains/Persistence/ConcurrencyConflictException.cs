namespace Platform.Grains.Persistence;

/// <summary>
/// The stored state moved on since this activation loaded it (another host wrote first). Nothing was written;
/// the runtime reloads the grain before its next call, so the caller may retry against the current state.
/// </summary>
[GenerateSerializer, Alias("rt.ConcurrencyConflictException")]
public sealed class ConcurrencyConflictException(string entityKind, string entityKey)
    : Exception($"{entityKind} '{entityKey}' was changed elsewhere; it has been reloaded, try again.")
{
    [Id(0)]
    public string EntityKind { get; } = entityKind;

    [Id(1)]
    public string EntityKey { get; } = entityKey;
}
