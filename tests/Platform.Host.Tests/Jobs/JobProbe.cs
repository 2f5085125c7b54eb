using Hangfire;

namespace Platform.Host.Tests.Jobs;

/// <summary>
/// Learns when a Hangfire job has finished, without polling: a continuation of that job, run by the host's own Hangfire
/// server, completes the task <see cref="RunAsync"/> awaits.
/// </summary>
public sealed class JobProbe
{
    private TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Called by Hangfire as the continuation.</summary>
    public void Done() => done.TrySetResult();

    /// <summary>Runs the recurring job <paramref name="recurringJobId"/> now, as its schedule would, and waits until it succeeded.</summary>
    public async Task RunAsync(PlatformFactory factory, string recurringJobId)
    {
        done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var recurring = (IRecurringJobManagerV2)factory.Services.GetRequiredService<IRecurringJobManager>();
        var jobId = recurring.TriggerJob(recurringJobId);
        factory.Services.GetRequiredService<IBackgroundJobClient>().ContinueJobWith<JobProbe>(jobId, probe => probe.Done());
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
