namespace Platform.Host.Tests.Incidents;

/// <summary>A public report form sent twice (a reload, a double click) records one incident and gives one receipt code.</summary>
public sealed class IntakeOnceTests
{
    private const string Count = "SELECT COUNT(*) FROM incident";

    [Theory]
    [InlineData("en", "already been received")]
    [InlineData("es", "ya fue recibido")]
    [InlineData("fr", "déjà été reçu")]
    public async Task Report_SameFormSentAgain_RecordsOneIncidentAndSaysItWasAlreadyReceived(string language, string words)
    {
        using var factory = new PlatformFactory();
        var scene = await IntakeScene.OpenAsync(factory);
        using var reporter = factory.Browser();
        var form = await reporter.OpenFormAsync($"/report/{scene.Group}?lang={language}", "report");
        var fields = IntakeScene.Report("Los vigilantes cerraron el camino");

        var first = await reporter.SendAsync(form, fields);
        var again = await reporter.SendAsync(form, fields);

        Assert.NotNull(first.Document.QuerySelector(".receipt-code"));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Null(again.Document.QuerySelector(".receipt-code"));
        Assert.Contains(words, again.Document.QuerySelector("h1")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.NotNull(again.Document.QuerySelector(".intake-already"));
        Assert.Equal(1L, await scene.Seed.ScalarAsync<long>(Count));
        Assert.Equal(1L, await scene.Seed.ScalarAsync<long>("SELECT COUNT(*) FROM incident_receipt"));
    }

    [Fact]
    public async Task Report_DoubleClick_BothPostsAtOnce_RecordOneIncidentAndShowOneCode()
    {
        using var factory = new PlatformFactory();
        var scene = await IntakeScene.OpenAsync(factory);
        using var reporter = factory.Browser();
        var form = await reporter.OpenFormAsync($"/report/{scene.Group}", "report");
        var fields = IntakeScene.Report("Dispararon al aire frente a la escuela");

        var pages = await Task.WhenAll(reporter.SendAsync(form, fields), reporter.SendAsync(form, fields));

        Assert.Single(pages, p => p.Document.QuerySelector(".receipt-code") is not null);
        Assert.Single(pages, p => p.Document.QuerySelector(".intake-already") is not null);
        Assert.Equal(1L, await scene.Seed.ScalarAsync<long>(Count));
    }

    [Fact]
    public async Task Report_TwoFormsOpened_RecordsTwoIncidents()
    {
        using var factory = new PlatformFactory();
        var scene = await IntakeScene.OpenAsync(factory);
        using var reporter = factory.Browser();

        var first = await scene.ReportAsync(reporter, IntakeScene.Report("Primera denuncia"));
        var second = await scene.ReportAsync(reporter, IntakeScene.Report("Segunda denuncia"));

        Assert.NotEqual(first, second);
        Assert.Equal(2L, await scene.Seed.ScalarAsync<long>(Count));
    }

    [Fact]
    public async Task Report_RefusedThenCorrected_KeepsTheFormsTokenAndRecordsOnce()
    {
        using var factory = new PlatformFactory();
        var scene = await IntakeScene.OpenAsync(factory);
        using var reporter = factory.Browser();
        var form = await reporter.OpenFormAsync($"/report/{scene.Group}", "report");
        var fields = IntakeScene.Report("");

        var refused = await reporter.SendAsync(form, fields);
        var corrected = FormClient.OpenForm.Of(refused, $"/report/{scene.Group}", "report");
        fields["narrative"] = "Cerraron el paso al río";
        var sent = await reporter.SendAsync(corrected, fields);
        var reloaded = await reporter.SendAsync(corrected, fields);

        Assert.Equal(form.Values["once"], corrected.Values["once"]);
        Assert.NotNull(sent.Document.QuerySelector(".receipt-code"));
        Assert.NotNull(reloaded.Document.QuerySelector(".intake-already"));
        Assert.Equal(1L, await scene.Seed.ScalarAsync<long>(Count));
    }
}
