using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Grains.Journal;

namespace Platform.Grains.Runtime;

/// <summary>Registration of the grain runtime, its event bus, the journal, and each grain class.</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>Adds the runtime (as <see cref="IGrainFactory"/>), the event bus, the journal, the mail signal and the idle collector. Needs a <c>Database</c>.</summary>
    public static IServiceCollection AddGrains(this IServiceCollection services, GrainRuntimeOptions? options = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options ?? new GrainRuntimeOptions());
        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.TryAddSingleton<IEventBus, InProcessEventBus>();
        services.TryAddSingleton<JournalWriter>();
        services.TryAddSingleton<JournalVerifier>();
        services.TryAddSingleton<JournalAnchors>();
        services.TryAddSingleton<JournalQueries>();
        services.TryAddSingleton<Mail.MailSignal>();
        services.TryAddSingleton<GrainPersistence>();
        services.AddHostedService<ActivationCollector>();
        return services;
    }

    /// <summary>Declares that <typeparamref name="TImplementation"/> is the grain behind <typeparamref name="TGrainInterface"/>.</summary>
    public static IServiceCollection AddGrain<TGrainInterface, TImplementation>(this IServiceCollection services)
        where TGrainInterface : IGrain
        where TImplementation : class, TGrainInterface
    {
        var unsupported = typeof(TGrainInterface).GetMethods()
            .Where(m => m.ReturnType != typeof(Task) && !(m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)))
            .Select(m => m.Name)
            .ToList();
        if (unsupported.Count > 0)
        {
            throw new ArgumentException($"{typeof(TGrainInterface).Name} methods must return Task or Task<T>: {string.Join(", ", unsupported)}.", nameof(TGrainInterface));
        }

        services.AddSingleton(new GrainRegistration(typeof(TGrainInterface), typeof(TImplementation)));
        return services;
    }
}
