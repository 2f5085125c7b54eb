namespace Platform.Grains.Journal;

/// <summary>
/// Signs the chain head and writes it to <c>anchors/</c> in the data folder (at every backup, published record, start and
/// shutdown), and reads the anchors back for <see cref="JournalVerifier"/>.
/// </summary>
public sealed class JournalAnchors(Database database, JournalQueries queries, TimeProvider time)
{
    private readonly JournalAnchorKey key = new(database.DataDirectory);

    public string Folder => Path.Combine(database.DataDirectory, "anchors");

    /// <summary>The signing key's file: back it up with the database, never inside it.</summary>
    public string KeyFile => key.PrivateKeyFile;

    /// <summary>Signs the current head and writes it; returns it, or null for an empty journal. The same head is written once.</summary>
    public async Task<JournalAnchor?> WriteAsync(string reason, CancellationToken cancellationToken = default)
    {
        if (await queries.HeadAsync(cancellationToken) is not { } head)
        {
            return null;
        }

        var unsigned = new JournalAnchor(head.Seq, head.Hash, time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture), reason, "");
        string signature;
        using (var signer = key.LoadOrCreate())
        {
            signature = Convert.ToBase64String(signer.SignData(unsigned.SignedText(), HashAlgorithmName.SHA256));
        }

        var anchor = unsigned with { Signature = signature };
        OwnerOnly.CreateDirectory(Folder);
        var path = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"{head.Seq:D12}-{head.HashPrefix}.json"));
        if (File.Exists(path))
        {
            return anchor;
        }

        try
        {
            await OwnerOnly.WriteNewFileAsync(path, JsonSerializer.Serialize(anchor, JsonSerializerOptions.Web), cancellationToken);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another trigger anchored the same head a moment ago.
        }

        return anchor;
    }

    /// <summary>Every anchor file, oldest seq first, each checked against <paramref name="publicKeyPem"/> or the data folder's key.</summary>
    public IReadOnlyList<FoundAnchor> ReadAll(string? publicKeyPem = null)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        using var verifier = key.LoadForVerifying(publicKeyPem);
        return [.. Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(f => Read(f, verifier))];
    }

    private static FoundAnchor Read(string path, ECDsa? verifier)
    {
        var name = Path.GetFileName(path);
        try
        {
            var anchor = JsonSerializer.Deserialize<JournalAnchor>(File.ReadAllText(path), JsonSerializerOptions.Web);
            if (anchor is null || anchor.Hash is null || anchor.Signature is null)
            {
                return new FoundAnchor(name, null, false);
            }

            var valid = verifier is not null && verifier.VerifyData(anchor.SignedText(), Convert.FromBase64String(anchor.Signature), HashAlgorithmName.SHA256);
            return new FoundAnchor(name, anchor, valid);
        }
        catch (Exception e) when (e is JsonException or FormatException or IOException)
        {
            return new FoundAnchor(name, null, false);
        }
    }
}
