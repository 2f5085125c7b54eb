namespace Platform.Grains.Runtime;

/// <summary>Optional lifecycle of a grain class, named as Orleans' POCO grains.</summary>
public interface IGrainBase
{
    /// <summary>Loads state. Runs as the first turn of an activation, and again after a <see cref="ConcurrencyConflictException"/>.</summary>
    Task OnActivateAsync(CancellationToken cancellationToken);

    /// <summary>Runs when an idle activation is collected; nothing is queued on it any more.</summary>
    Task OnDeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
