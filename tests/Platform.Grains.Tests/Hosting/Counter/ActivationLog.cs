using System.Collections.Concurrent;

namespace Platform.Grains.Tests.Hosting.Counter;

/// <summary>Lets a test see when a counter (re)loaded its state or was deactivated.</summary>
public sealed class ActivationLog
{
    public ConcurrentQueue<Guid> Activated { get; } = new();

    public TaskCompletionSource<Guid> FirstDeactivation { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
