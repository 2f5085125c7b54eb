using Microsoft.Extensions.Hosting;

namespace Platform.Grains.Runtime;

/// <summary>Collects idle activations on a timer driven by the injected clock, so tests can advance it.</summary>
internal sealed class ActivationCollector(GrainRuntime runtime, GrainRuntimeOptions options, TimeProvider time) : BackgroundService
{
    // Created with the service, not in ExecuteAsync (which .NET starts on another thread): a clock advanced right
    // after StartAsync must already find the timer, and a tick that arrives early is kept until the loop awaits it.
    private readonly PeriodicTimer timer = new(options.CollectionInterval, time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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

    public override void Dispose()
    {
        timer.Dispose();
        base.Dispose();
    }
}
