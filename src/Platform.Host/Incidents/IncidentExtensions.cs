using System.Security.Cryptography.X509Certificates;

namespace Platform.Host.Incidents;

internal static class IncidentExtensions
{
    /// <summary>
    /// The incident grains' store, queries and vault. The vault's key ring lives in <c>Incidents:KeyDirectory</c> (default
    /// <c>&lt;data dir&gt;/incident-keys</c>, owner-only), encrypted with <c>DataProtection:CertificateFile</c> when set.
    /// </summary>
    public static WebApplicationBuilder AddIncidents(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(IncidentOptions.Section).Get<IncidentOptions>() ?? new IncidentOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(sp =>
        {
            X509Certificate2? certificate = null;
            if (builder.Configuration["DataProtection:CertificateFile"] is { Length: > 0 } certificateFile)
            {
                certificate = X509CertificateLoader.LoadPkcs12FromFile(certificateFile, builder.Configuration["DataProtection:CertificatePassword"]);
            }

            return IncidentKeyRing.Open(sp.GetRequiredService<Database>().DataDirectory, options.KeyDirectory, certificate);
        });
        builder.Services.AddSingleton<IncidentLinks>();
        builder.Services.AddSingleton<IncidentKeyCheck>();
        builder.Services.AddHostedService<IncidentKeyCheckAtStart>();
        builder.Services.AddSingleton<IncidentFollowUpScan>();
        builder.Services.AddSingleton<IncidentRetention>();
        builder.Services.AddSingleton<Platform.Messages.Reminders.IncidentFollowUpScanner>();
        builder.AddIncidentAccess();
        return builder;
    }
}
