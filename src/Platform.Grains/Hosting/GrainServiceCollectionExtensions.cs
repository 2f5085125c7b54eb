using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Hosting;
using Scrutor;

namespace Platform.Grains.Hosting;

/// <summary>Registration of what the grains need beside Orleans: persistence, the event dispatcher, the journal.</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>
    /// Adds grain persistence, the event dispatcher (as <see cref="IEventBus"/>), the journal, the mail signal and every
    /// <c>…Store</c> and <c>…Queries</c> class of this assembly. Needs a <c>Database</c>.
    /// </summary>
    public static IServiceCollection AddGrains(this IServiceCollection services)
    {
        // Stores and queries hold nothing but what they are given, so one of each serves every caller. UserStore is the
        // exception: ASP.NET Identity takes it per request, and Host registers it so.
        services.Scan(scan => scan.FromAssemblyOf<Database>()
            .AddClasses(classes => classes.Where(type => type != typeof(UserStore)
                && (type.Name.EndsWith("Store", StringComparison.Ordinal) || type.Name.EndsWith("Queries", StringComparison.Ordinal))))
            .UsingRegistrationStrategy(RegistrationStrategy.Skip)
            .AsSelf()
            .WithSingletonLifetime());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EventDispatcher>();
        services.TryAddSingleton<IEventBus>(sp => sp.GetRequiredService<EventDispatcher>());
        services.TryAddSingleton<JournalWriter>();
        services.TryAddSingleton<JournalVerifier>();
        services.TryAddSingleton<JournalAnchors>();
        services.TryAddSingleton<JournalQueries>();
        services.TryAddSingleton<Mail.MailSignal>();
        services.TryAddSingleton<GrainPersistence>();
        return services;
    }

    /// <summary>The silo side: the call-chain filter (cycles fail fast, conflicts reload) and <see cref="AddGrains"/>.</summary>
    public static ISiloBuilder AddPlatformGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddIncomingGrainCallFilter<GrainCallChain>();
        silo.AddOutgoingGrainCallFilter<GrainCallChain>();
        silo.Services.AddGrains();
        return silo;
    }

    /// <summary>
    /// Live signals reach every host of the cluster: this silo relays its own to the others (<see cref="LiveRelay"/>) and
    /// hands theirs and its own to <typeparamref name="TSink"/>.
    /// </summary>
    public static IServiceCollection AddLiveRelay<TSink>(this IServiceCollection services)
        where TSink : class, ILiveSignalSink
    {
        services.TryAddSingleton<ILiveSignalSink, TSink>();
        services.TryAddSingleton<LiveRelay>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<LiveRelay>());
        return services;
    }
}
