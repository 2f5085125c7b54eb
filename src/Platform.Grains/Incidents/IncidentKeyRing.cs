using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Platform.Grains.Incidents;

/// <summary>The key ring that wraps incident data keys: its own data-protection provider, in its own owner-only folder.</summary>
public static class IncidentKeyRing
{
    /// <summary>The data-protection application name of the incident key ring (apart from the host's cookies and antiforgery).</summary>
    public const string ApplicationName = "Roundtable.Incidents";

    /// <summary>
    /// A vault over the key ring in <paramref name="keyDirectory"/> (created owner-only; relative paths resolve against
    /// <paramref name="dataDirectory"/>); with <paramref name="certificate"/> the ring's keys are encrypted at rest with it.
    /// </summary>
    public static IncidentVault Open(string dataDirectory, string keyDirectory, X509Certificate2? certificate = null)
    {
        var folder = Path.GetFullPath(keyDirectory, dataDirectory);
        OwnerOnly.CreateDirectory(folder);
        var provider = DataProtectionProvider.Create(new DirectoryInfo(folder), builder =>
        {
            builder.SetApplicationName(ApplicationName);
            if (certificate is not null)
            {
                // Unprotect with this very certificate: on Linux there is no certificate store to find it in by thumbprint.
                builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
            }
        });
        return new IncidentVault(provider.CreateProtector(IncidentVault.Purpose));
    }
}
