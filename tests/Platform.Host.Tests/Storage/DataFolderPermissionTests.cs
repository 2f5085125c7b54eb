using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Platform.Host.Tests.Calendar;

namespace Platform.Host.Tests.Storage;

/// <summary>The data folder (database, keys, anchors, mail with names and addresses) is readable by its owner only.</summary>
public sealed class DataFolderPermissionTests
{
    private const uint UsualUmask = 0b000_010_010; // 022: files 0644, folders 0755

    [Fact]
    public async Task Start_WithUsualUmask_EveryFileAndFolderWrittenIsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // As a service started from a shell would have it; the host sets 077 at start, so nothing needs restoring.
        OwnerOnly.SetProcessUmask(UsualUmask);
        using var factory = new PlatformFactory();
        await factory.CreateUserAsync("bea@example.org");
        using var browser = factory.Browser();

        // A form post makes a data-protection key; a reset request writes a mail with a name and address.
        await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "bea@example.org" });
        await factory.DeliverMailAsync();
        await using (var write = await factory.Services.GetRequiredService<Database>().OpenAsync())
        await using (var transaction = await write.BeginTransactionAsync())
        {
            await factory.Services.GetRequiredService<Platform.Grains.Journal.JournalWriter>().AppendAsync(write, transaction, new(null, "test", "k", "created", null, "entry"));
            await transaction.CommitAsync();
        }

        // A backup copies the database and signs the journal head: anchor, anchor key and copy are written too.
        await factory.Services.GetRequiredService<DatabaseBackup>().BackupAsync();

        // Held open: another test clearing SQLite's pools must not close the last connection and remove -wal and -shm.
        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM journal_entry");
        Assert.Single(Directory.GetFiles(factory.Outbox, "*.eml"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.Folder, "keys"), "*.xml"));
        Assert.True(File.Exists(Path.Combine(factory.Folder, "keys", "journal-anchor.pem")));
        Assert.Single(Directory.GetFiles(Path.Combine(factory.Folder, "anchors"), "*.json"));
        Assert.Single(Directory.GetFiles(Path.Combine(factory.Folder, "backups"), "*.db"));
        Assert.True(File.Exists(factory.DatabaseFile + "-wal") && File.Exists(factory.DatabaseFile + "-shm"));
        Assert.Empty(OpenEntries(factory.Folder));
    }

    [Fact]
    public void Start_DataFolderReadableByOthers_IsTightenedWithAWarningNamingThePath()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var factory = new PlatformFactory();
        var oldBackups = Path.Combine(factory.Folder, "backups");
        var oldCopy = Path.Combine(oldBackups, "roundtable-old.db");
        Directory.CreateDirectory(oldBackups);
        File.WriteAllText(oldCopy, "an old copy");
        File.SetUnixFileMode(oldBackups, OwnerOnly.Directories | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(oldCopy, OwnerOnly.Files | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var logs = new LogCollector();

        using var host = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        _ = host.Services;

        Assert.Empty(OpenEntries(factory.Folder));
        Assert.Contains(logs.Messages, m => m.Contains(oldCopy, StringComparison.Ordinal) && m.Contains("owner-only", StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.Contains(oldBackups + " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WithKeyCertificate_KeyRingIsEncryptedAtRestAndFormsStillWork()
    {
        using var factory = new PlatformFactory();
        var certificateFolder = Directory.CreateTempSubdirectory("roundtable-cert-").FullName;
        try
        {
            var pfx = Path.Combine(certificateFolder, "keys.pfx");
            using (var rsa = System.Security.Cryptography.RSA.Create(2048))
            {
                var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
                    "CN=roundtable-keys", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "pfx password"));
            }

            using var host = factory.WithWebHostBuilder(b => b
                .UseSetting("DataProtection:CertificateFile", pfx)
                .UseSetting("DataProtection:CertificatePassword", "pfx password"));
            using var browser = new FormClient(host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

            // A form post round-trips an antiforgery token: the key is made, written encrypted, and read back.
            var asked = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org" });

            Assert.NotNull(asked.Document.QuerySelector("main [role=status]"));
            var ring = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(factory.Folder, "keys"), "key-*.xml")));
            Assert.Contains("encryptedSecret", ring, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", ring, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(certificateFolder, recursive: true);
        }
    }

    /// <summary>Every folder not 0700 and every file not 0600 under <paramref name="root"/>, with its mode.</summary>
    private static List<string> OpenEntries(string root)
    {
        var open = new List<string>();
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Prepend(new DirectoryInfo(root)))
        {
            var expected = entry is DirectoryInfo ? OwnerOnly.Directories : OwnerOnly.Files;
            if (entry.UnixFileMode != expected)
            {
                open.Add($"{entry.FullName} {entry.UnixFileMode}");
            }
        }

        return open;
    }
}
