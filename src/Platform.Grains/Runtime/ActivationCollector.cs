using Microsoft.Extensions.Hosting;

namespace Platform.Grains.Runtime;

/// <summary>Collects idle activations on a timer driven by the injected clock, so tests can advance it.</summary>
internal sealed class ActivationCollector(GrainRuntime runtime, GrainRuntimeOptions options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CollectionInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await runtime.CollectIdleActivationsAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }
}
