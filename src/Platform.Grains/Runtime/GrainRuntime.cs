using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Grains.Runtime;

/// <summary>The in-process silo: keeps one activation per grain id, creates them on demand, collects idle ones.</summary>
public sealed partial class GrainRuntime(
    IServiceProvider services,
    IEnumerable<GrainRegistration> registrations,
    GrainRuntimeOptions options,
    TimeProvider time,
    ILogger<GrainRuntime> logger) : IGrainFactory
{
    private readonly Dictionary<Type, Type> implementations = registrations.ToDictionary(r => r.Interface, r => r.Implementation);
    private readonly ConcurrentDictionary<GrainId, GrainActivation> activations = new();

    /// <summary>How many grains are active now.</summary>
    public int ActivationCount => activations.Count;

    public TGrainInterface GetGrain<TGrainInterface>(Guid key)
        where TGrainInterface : IGrainWithGuidKey =>
        Reference<TGrainInterface>(key.ToString("D"));

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey =>
        Reference<TGrainInterface>(key);

    private TGrainInterface Reference<TGrainInterface>(string key)
    {
        if (!implementations.ContainsKey(typeof(TGrainInterface)))
        {
            throw new InvalidOperationException($"No grain registered for {typeof(TGrainInterface).Name}; call AddGrain<{typeof(TGrainInterface).Name}, TImplementation>().");
        }

        return GrainProxy.Create<TGrainInterface>(this, new GrainId(typeof(TGrainInterface), key));
    }

    internal Task<T> RunAsync<T>(GrainId id, Func<object, Task<T>> call)
    {
        if (GrainCallChain.Contains(id))
        {
            return Task.FromException<T>(new InvalidOperationException(
                $"{id.Interface.Name} '{id.Key}' was called from inside its own turn (directly, via another grain, or from an event handler). " +
                "Grain calls are not re-entrant, so it would wait for itself for ever."));
        }

        while (true)
        {
            var activation = activations.GetOrAdd(id, static (id, self) => self.Activate(id), this);
            if (activation.TryEnqueue(call) is { } turn)
            {
                return turn;
            }

            // Collected between lookup and enqueue: drop it (if the collector has not yet) and take a fresh one.
            activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(id, activation));
        }
    }

    private GrainActivation Activate(GrainId id)
    {
        // Construction must stay free of I/O: under a race GetOrAdd may build one instance it then discards.
        var grain = ActivatorUtilities.CreateInstance(services, implementations[id.Interface], new GrainContext(id));
        return new GrainActivation(id, grain, time);
    }

    /// <summary>Deactivates every activation idle for longer than the collection age; returns how many.</summary>
    public async Task<int> CollectIdleActivationsAsync(CancellationToken cancellationToken = default)
    {
        var idleSince = time.GetUtcNow() - options.CollectionAge;
        var collected = 0;
        foreach (var (id, activation) in activations)
        {
            if (!activation.TryCollect(idleSince) || !activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(id, activation)))
            {
                continue;
            }

            collected++;
            try
            {
                await activation.DeactivateAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogDeactivationFailed(id.Interface.Name, id.Key, e);
            }
        }

        return collected;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deactivating {Grain} {Key} failed; the activation was dropped anyway")]
    private partial void LogDeactivationFailed(string grain, string key, Exception exception);
}
