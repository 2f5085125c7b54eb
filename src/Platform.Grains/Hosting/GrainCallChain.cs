namespace Platform.Grains.Hosting;

/// <summary>
/// Grain call filters. Incoming: notes the grain in the request context for the calls its turn makes, and after a
/// <see cref="ConcurrencyConflictException"/> deactivates it so the next call reloads the stored state. Outgoing:
/// refuses at once a call to a grain whose turn is already in the chain, which could only wait for itself (grain calls
/// are not re-entrant) until Orleans' response timeout.
/// </summary>
public sealed class GrainCallChain : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    private const string Key = "rt.chain";

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outer = RequestContext.Get(Key) as string[];
        RequestContext.Set(Key, (string[])[.. outer ?? [], context.TargetId.ToString()]);
        try
        {
            await context.Invoke();
        }
        catch (ConcurrencyConflictException)
        {
            // The stored state moved on: this activation's copy is stale, so the next call gets a fresh one.
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "stored state changed elsewhere"));
            throw;
        }
        finally
        {
            if (outer is null)
            {
                RequestContext.Remove(Key);
            }
            else
            {
                RequestContext.Set(Key, outer);
            }
        }
    }

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = context.TargetId.ToString();
        if (RequestContext.Get(Key) is string[] chain && chain.Contains(target, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"{context.InterfaceName} {target} was called from inside its own turn (directly or via another grain). " +
                "Grain calls are not re-entrant, so it would wait for itself until the call timed out.");
        }

        return context.Invoke();
    }
}
