namespace Platform.Grains.Runtime;

/// <summary>
/// One live grain instance and its mailbox. Each call waits for the previous one to finish (FIFO, no re-entrancy),
/// so the grain's code never runs twice at once and never sees a half-applied command.
/// </summary>
internal sealed class GrainActivation(GrainId id, object grain, TimeProvider time)
{
    private readonly Lock gate = new();
    private Task tail = Task.CompletedTask;
    private int queued;
    private bool collected;
    private bool activated;
    private DateTimeOffset lastUsed = time.GetUtcNow();

    /// <summary>Queues <paramref name="call"/>; null when this activation was collected and the caller must get a fresh one.</summary>
    public Task<T>? TryEnqueue<T>(Func<object, Task<T>> call)
    {
        TaskCompletionSource turnDone;
        Task previous;
        lock (gate)
        {
            if (collected)
            {
                return null;
            }

            previous = tail;
            turnDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            tail = turnDone.Task;
            queued++;
        }

        return RunTurnAsync(previous, turnDone, call);
    }

    private async Task<T> RunTurnAsync<T>(Task previous, TaskCompletionSource turnDone, Func<object, Task<T>> call)
    {
        try
        {
            await previous;
            GrainCallChain.Enter(id);
            if (!activated)
            {
                if (grain is IGrainBase lifecycle)
                {
                    await lifecycle.OnActivateAsync(CancellationToken.None);
                }

                activated = true;
            }

            return await call(grain);
        }
        catch (ConcurrencyConflictException)
        {
            // The stored state moved on: reload before the next call, so it works on the truth.
            activated = false;
            throw;
        }
        finally
        {
            lock (gate)
            {
                queued--;
                lastUsed = time.GetUtcNow();
            }

            turnDone.SetResult();
        }
    }

    /// <summary>Closes the mailbox if nothing is queued and the last call ended before <paramref name="idleSince"/>.</summary>
    public bool TryCollect(DateTimeOffset idleSince)
    {
        lock (gate)
        {
            if (queued > 0 || lastUsed > idleSince)
            {
                return false;
            }

            collected = true;
            return true;
        }
    }

    /// <summary>Runs the grain's deactivation; only after <see cref="TryCollect"/>, when no turn can start any more.</summary>
    public Task DeactivateAsync(CancellationToken cancellationToken) =>
        activated && grain is IGrainBase lifecycle ? lifecycle.OnDeactivateAsync(cancellationToken) : Task.CompletedTask;
}
