using Microsoft.AspNetCore.DataProtection;

namespace Platform.Grains.Incidents;

/// <summary>
/// Seals what an incident must not keep in clear (what happened, where, identities, evidence, messages, reasons).
/// Each incident has its own 256-bit data key; values are sealed with AES-GCM under it, bound to the incident and the
/// field they belong to, so a sealed value copied into another row or column does not open. The data key is stored
/// wrapped by a data-protection key ring of its own, kept in a folder outside the database (<see cref="IncidentOptions.KeyDirectory"/>):
/// a copy of the database alone opens nothing, and deleting the wrapped key (the retention purge) makes the
/// incident's sealed values unreadable everywhere, backups included.
/// </summary>
public sealed class IncidentVault(IDataProtector protector)
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>The purpose every incident data key is wrapped under.</summary>
    public const string Purpose = "Roundtable.Incidents.DataKey.v1";

    /// <summary>A fresh data key for a new incident, and its wrapped form for <c>incident_key.wrapped</c>.</summary>
    public (IncidentKey Key, string Wrapped) NewKey()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        return (new IncidentKey(bytes), Convert.ToBase64String(protector.Protect(bytes)));
    }

    /// <summary>The data key from its wrapped form; throws <see cref="CryptographicException"/> when the key ring cannot open it.</summary>
    public IncidentKey Unwrap(string wrapped) => new(protector.Unprotect(Convert.FromBase64String(wrapped)));

    public static string Seal(IncidentKey key, Guid incidentId, string field, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(plaintext);
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceSize + TagSize + clear.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Encrypt(nonce, clear, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Binding(incidentId, field));
        CryptographicOperations.ZeroMemory(clear);
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The clear text of a value sealed for this incident and field; throws <see cref="CryptographicException"/> otherwise.</summary>
    public static string Open(IncidentKey key, Guid incidentId, string field, string sealedValue)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(sealedValue);
        if (!sealedValue.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Not a sealed incident value.");
        }

        var sealedBytes = Convert.FromBase64String(sealedValue[Prefix.Length..]);
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("Sealed incident value too short.");
        }

        var clear = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key.Bytes, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), clear, Binding(incidentId, field));
        return Encoding.UTF8.GetString(clear);
    }

    private static byte[] Binding(Guid incidentId, string field) => Encoding.UTF8.GetBytes($"{incidentId:D}/{field}");
}

/// <summary>One incident's data key in memory; never logged, never serialised, never stored unwrapped.</summary>
public sealed class IncidentKey(byte[] bytes)
{
    internal byte[] Bytes { get; } = bytes.Length == 32 ? bytes : throw new ArgumentException("An incident key is 32 bytes.", nameof(bytes));

    public override string ToString() => "IncidentKey(…)";
}

/// <summary>Bound from the "Incidents" configuration section.</summary>
public sealed class IncidentOptions
{
    public const string Section = "Incidents";

    /// <summary>
    /// The folder of the key ring that wraps incident data keys; relative paths resolve against the data folder. Every
    /// host of a cluster must share it (a shared, owner-only mount), and an operator backs it up apart from the database:
    /// without it no sealed value can be read.
    /// </summary>
    public string KeyDirectory { get; set; } = "incident-keys";
}
