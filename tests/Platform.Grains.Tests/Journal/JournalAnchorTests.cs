using System.Security.Cryptography;
using System.Text.Json;

namespace Platform.Grains.Tests.Journal;

/// <summary>Anchors kept outside the database catch what the chain alone cannot: a cut at the end, a rewrite with recomputed hashes.</summary>
public sealed class JournalAnchorTests
{
    private readonly JournalWriter writer = new(TimeProvider.System);

    [Fact]
    public async Task Check_UntouchedJournal_IsIntactAgainstEveryAnchor()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var anchors = await AnchoredAsync(temp.Database, (3, "startup"), (2, "shutdown"));

        var report = await new JournalVerifier(temp.Database).CheckAsync(anchors.ReadAll());

        Assert.True(report.IsIntact);
        Assert.Equal(2, report.AnchorsChecked);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task Check_BackupCopyWithTailDeleted_NamesTheMissingRows()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await JournalTestData.AppendManyAsync(temp.Database, writer, null, 5);
        var copy = temp.Restore(await new DatabaseBackup(temp.Database, TimeProvider.System).BackupAsync());

        await TamperAsync(copy, "DELETE FROM journal_entry WHERE seq > 3");
        var report = await new JournalVerifier(copy).CheckAsync(Anchors(copy).ReadAll());

        Assert.True(report.Chain.IsIntact, "the chain alone cannot see a cut at the end");
        Assert.False(report.IsIntact);
        var finding = Assert.Single(report.Findings);
        Assert.Equal((AnchorProblem.Truncated, 5L, 4L), (finding.Problem, finding.AnchorSeq, finding.FromSeq));
        Assert.Equal(3, report.LastSeq);
    }

    [Fact]
    public async Task Check_RowRewrittenAndEveryLaterHashRecomputed_NamesTheRangeBetweenAnchors()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var anchors = await AnchoredAsync(temp.Database, (2, "published"), (4, "shutdown"));

        await RewriteAndRehashAsync(temp.Database, seq: 4, summary: "nothing happened");
        var report = await new JournalVerifier(temp.Database).CheckAsync(anchors.ReadAll());

        Assert.True(report.Chain.IsIntact, "the chain alone cannot see a rewrite that recomputes every later hash");
        var finding = Assert.Single(report.Findings);
        Assert.Equal((AnchorProblem.Rewritten, 6L, 3L), (finding.Problem, finding.AnchorSeq, finding.FromSeq));
    }

    [Fact]
    public async Task Check_AnchorEditedOrSignedWithAnotherKey_IsReportedAsForged()
    {
        using var temp = await TempDatabase.MigratedAsync();
        var anchors = Anchors(temp.Database);
        await JournalTestData.AppendManyAsync(temp.Database, writer, null, 3);
        var genuine = await anchors.WriteAsync("startup");
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = genuine! with { Seq = 9, Hash = new string('a', 64) };
        forged = forged with { Signature = Convert.ToBase64String(otherKey.SignData(forged.SignedText(), HashAlgorithmName.SHA256)) };
        await File.WriteAllTextAsync(Path.Combine(anchors.Folder, "000000000009-forged.json"), JsonSerializer.Serialize(forged, JsonSerializerOptions.Web));
        await File.WriteAllTextAsync(Path.Combine(anchors.Folder, "000000000010-garbled.json"), "{ not json");

        var report = await new JournalVerifier(temp.Database).CheckAsync(anchors.ReadAll());

        Assert.False(report.IsIntact);
        Assert.Equal(1, report.AnchorsChecked);
        Assert.Equal(["000000000009-forged.json", "000000000010-garbled.json"], report.Findings.Where(f => f.Problem == AnchorProblem.BadSignature).Select(f => f.File));
        Assert.DoesNotContain(report.Findings, f => f.Problem == AnchorProblem.Truncated);
    }

    [Fact]
    public async Task Backup_SignsTheHeadIntoAnOwnerOnlyAnchorBesideAnOwnerOnlyKey()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await JournalTestData.AppendManyAsync(temp.Database, writer, null, 4);
        var head = await new JournalQueries(temp.Database).HeadAsync();

        await new DatabaseBackup(temp.Database, TimeProvider.System).BackupAsync();

        var found = Assert.Single(Anchors(temp.Database).ReadAll());
        Assert.True(found.SignatureValid);
        Assert.Equal((head!.Seq, head.Hash, "backup"), (found.Anchor!.Seq, found.Anchor.Hash, found.Anchor.Reason));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerOnly.Files, File.GetUnixFileMode(Path.Combine(temp.Folder, "anchors", found.File)));
            Assert.Equal(OwnerOnly.Files, File.GetUnixFileMode(Path.Combine(temp.Folder, "keys", "journal-anchor.pem")));
        }
    }

    private static JournalAnchors Anchors(Database database) => new(database, new JournalQueries(database), TimeProvider.System);

    /// <summary>Appends each batch's entries and then writes an anchor with its reason; returns the anchors.</summary>
    private async Task<JournalAnchors> AnchoredAsync(Database database, params (int Entries, string Reason)[] batches)
    {
        var anchors = Anchors(database);
        foreach (var (entries, reason) in batches)
        {
            await JournalTestData.AppendManyAsync(database, writer, null, entries);
            await anchors.WriteAsync(reason);
        }

        return anchors;
    }

    // What an attacker with the database would do: the triggers forbid it, so drop them first.
    private static Task TamperAsync(Database database, string sql) => TestFaults.TamperWithJournalAsync(database, sql);

    private static async Task RewriteAndRehashAsync(Database database, long seq, string summary)
    {
        await TamperAsync(database, "SELECT 1");
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<JournalRow>(
            "SELECT seq AS Seq, working_group_id AS WorkingGroupId, entity_kind AS EntityKind, entity_key AS EntityKey, action AS Action, actor AS Actor, occurred_at AS OccurredAt, summary AS Summary, prev_hash AS PrevHash, hash AS Hash FROM journal_entry ORDER BY seq")).ToList();
        var previous = rows.Single(r => r.Seq == seq - 1).Hash;
        foreach (var row in rows.Where(r => r.Seq >= seq))
        {
            var changed = row with { PrevHash = previous, Summary = row.Seq == seq ? summary : row.Summary };
            changed = changed with { Hash = JournalHash.Compute(changed) };
            await connection.ExecuteAsync("UPDATE journal_entry SET summary = @Summary, prev_hash = @PrevHash, hash = @Hash WHERE seq = @Seq", changed);
            previous = changed.Hash;
        }
    }
}
