using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Platform.Grains.Notifications;
using Platform.Web.Reminders;
using Platform.Messages.Reminders;

namespace Platform.Host.Tests.Reminders;

/// <summary>
/// One running host over the factory's data folder, its own notifier wrapped in a <see cref="WatchedNotifier"/>.
/// </summary>
internal sealed class ReminderHost : IDisposable
{
    private readonly WebApplicationFactory<Program> host;

    public ReminderHost(PlatformFactory factory)
    {
        host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            var registered = s.LastOrDefault(d => d.ServiceType == typeof(INotifier));
            s.AddSingleton<INotifier>(p => new WatchedNotifier(Build(p, registered ?? throw new InvalidOperationException("The host registers no INotifier."))));
        }));
        Notifier = (WatchedNotifier)host.Services.GetRequiredService<INotifier>();
    }

    public WatchedNotifier Notifier { get; }

    public ReminderScanner Reminders => host.Services.GetRequiredService<ReminderScanner>();

    public EscalationScanner Escalations => host.Services.GetRequiredService<EscalationScanner>();

    public void Dispose() => host.Dispose();

    private static INotifier Build(IServiceProvider services, ServiceDescriptor descriptor) =>
        (INotifier)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
