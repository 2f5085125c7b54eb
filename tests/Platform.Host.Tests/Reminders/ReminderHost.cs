using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Notifications;
using Platform.Grains.Storage;
using Platform.Web.Reminders;

namespace Platform.Host.Tests.Reminders;

/// <summary>One running host over the factory's data folder, with a <see cref="StoreNotifier"/> of its own.</summary>
internal sealed class ReminderHost : IDisposable
{
    private readonly WebApplicationFactory<Program> host;

    public ReminderHost(PlatformFactory factory)
    {
        host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<INotifier>(p => new StoreNotifier(p.GetRequiredService<Database>(), p.GetRequiredService<TimeProvider>()))));
        Notifier = (StoreNotifier)host.Services.GetRequiredService<INotifier>();
    }

    public StoreNotifier Notifier { get; }

    public ReminderScanner Reminders => host.Services.GetRequiredService<ReminderScanner>();

    public EscalationScanner Escalations => host.Services.GetRequiredService<EscalationScanner>();

    public void Dispose() => host.Dispose();
}
