namespace Platform.Grains.Journal;

/// <summary>
/// The ECDSA P-256 key that signs anchors: <c>keys/journal-anchor.pem</c> in the data folder (owner-only, never in the
/// database), made on first use, with its public half beside it in <c>journal-anchor.pub.pem</c> to keep elsewhere.
/// </summary>
internal sealed class JournalAnchorKey(string dataDirectory)
{
    // One process, one key: every instance (the backup makes its own) waits for the one making it.
    private static readonly Lock Creating = new();

    public string PrivateKeyFile => Path.Combine(dataDirectory, "keys", "journal-anchor.pem");

    public string PublicKeyFile => Path.Combine(dataDirectory, "keys", "journal-anchor.pub.pem");

    /// <summary>The signing key, made now if there is none yet. The caller disposes it.</summary>
    public ECDsa LoadOrCreate()
    {
        lock (Creating)
        {
            if (!File.Exists(PrivateKeyFile))
            {
                using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                OwnerOnly.CreateDirectory(Path.GetDirectoryName(PrivateKeyFile)!);
                WriteNew(PublicKeyFile + ".tmp", key.ExportSubjectPublicKeyInfoPem());
                WriteNew(PrivateKeyFile + ".tmp", key.ExportPkcs8PrivateKeyPem());
                File.Move(PublicKeyFile + ".tmp", PublicKeyFile, overwrite: true);
                File.Move(PrivateKeyFile + ".tmp", PrivateKeyFile);
            }

            return Import(File.ReadAllText(PrivateKeyFile));
        }
    }

    /// <summary>The key that checks signatures: <paramref name="publicKeyPem"/> when given, else the data folder's; null when there is none.</summary>
    public ECDsa? LoadForVerifying(string? publicKeyPem)
    {
        var pem = publicKeyPem
            ?? (File.Exists(PublicKeyFile) ? File.ReadAllText(PublicKeyFile) : null)
            ?? (File.Exists(PrivateKeyFile) ? File.ReadAllText(PrivateKeyFile) : null);
        return pem is null ? null : Import(pem);
    }

    private static ECDsa Import(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    private static void WriteNew(string path, string pem)
    {
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly.Files;
        }

        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(pem);
    }
}
