using Platform.Grains.Commitments;
using Platform.Web.Commitments;

namespace Platform.Web.Tests.Commitments;

public sealed class CommitmentTableTests : ComponentTest
{
    [Fact]
    public void Render_InFrench_ShowsStandardStatusProgressAndVerificationInWords()
    {
        CommitmentLine[] lines =
        [
            new(Guid.NewGuid(), Guid.NewGuid(), "Mesa", "Minera del Norte", "Former les gardes", CommitmentStandard.Icoc, CommitmentStatus.AtRisk, false, new Progress(1, 3)),
            new(Guid.NewGuid(), Guid.NewGuid(), "Mesa", "Coopérative", "Publier le rapport", CommitmentStandard.Fairmined, CommitmentStatus.Fulfilled, true, new Progress(0, 0)),
        ];

        var table = Render<CommitmentTable>("fr", p => p
            .Add(c => c.Lines, lines)
            .Add(c => c.Caption, "Engagements"));

        var rows = table.FindAll("table tbody tr");
        Assert.Equal(2, rows.Count);
        var first = rows[0].TextContent;
        Assert.Contains("Code de conduite international des entreprises de sécurité privées (ICoC)", first, StringComparison.Ordinal);
        Assert.Contains("À risque", first, StringComparison.Ordinal);
        Assert.Contains("1 sur 3 étapes réalisées (33 %)", first, StringComparison.Ordinal);
        Assert.Contains("Autodéclaré", first, StringComparison.Ordinal);
        Assert.Equal(("3", "1"), (rows[0].QuerySelector("progress")!.GetAttribute("max"), rows[0].QuerySelector("progress")!.GetAttribute("value")));
        Assert.Contains("Aucune étape", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Vérifié par un facilitateur", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Engagements", table.Find("table caption").TextContent);
    }
}
