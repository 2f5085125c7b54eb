using System.Collections.Immutable;

namespace Platform.Grains.Runtime;

/// <summary>
/// The grains whose turns the current code runs inside. A call to one of them could only wait for its own turn to
/// end, so the runtime fails it at once instead of hanging (Orleans would time out after 30 seconds).
/// </summary>
internal static class GrainCallChain
{
    private static readonly AsyncLocal<ImmutableHashSet<GrainId>> Current = new();

    public static bool Contains(GrainId id) => Current.Value?.Contains(id) == true;

    /// <summary>Called at the start of a turn; an async method's changes end with it, so this never leaks to the caller.</summary>
    public static void Enter(GrainId id) => Current.Value = (Current.Value ?? []).Add(id);
}
