using Platform.Grains;
using Platform.Grains.Incidents;
using Platform.Grains.Organisations;

namespace Platform.Grains.Tests.Incidents;

/// <summary>Correcting an assessed case: kind, alleged parties and counts, only by those who see the case's people.</summary>
public sealed class IncidentCorrectionTests
{
    [Fact]
    public async Task Reassess_ByDetailsHandler_CorrectsKindAllegedPartiesAndCounts()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var grain = await silo.ReportedByMemberAsync(s);
        await grain.AssessAsync(new AssessIncident(new IncidentSeverity(2, 2, 2), s.Handler));

        AllegedParty[] alleged = [new(null, StakeholderType.PublicSecurityMilitary)];
        var corrected = await grain.AssessAsync(new AssessIncident(
            new IncidentSeverity(3, 2, 3), s.Facilitator, IncidentKind.UseOfForce, alleged, new AffectedCounts(1, 3, 0, 2, 0)));

        Assert.Equal(IncidentKind.UseOfForce, corrected.Kind);
        Assert.Equal(alleged, corrected.Alleged);
        Assert.Equal(new AffectedCounts(1, 3, 0, 2, 0), corrected.Affected);
        Assert.Equal(corrected, await silo.Incident(corrected.Id).GetAsync());
    }

    [Theory]
    [InlineData("police", true, false)]
    [InlineData("police", false, true)]
    [InlineData("company", true, true)]
    public async Task Reassess_ByHandlerWithoutPeople_CorrectingPartiesOrCounts_IsRefusedAndChangesNothing(string who, bool counts, bool alleged)
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var grain = await silo.ReportedByMemberAsync(s);
        var assessed = await grain.AssessAsync(new AssessIncident(new IncidentSeverity(2, 2, 2), s.Handler));
        var actor = who == "police" ? s.Police : s.CompanyHandler;

        var refused = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.AssessAsync(new AssessIncident(
            new IncidentSeverity(1, 1, 1), actor, IncidentKind.Other,
            alleged ? [] : null,
            counts ? AffectedCounts.None : null)));

        Assert.Equal(IncidentRule.PartiesNotAllowed, refused.Code);
        Assert.Equal(assessed, await grain.GetAsync());
        Assert.Equal(new AffectedCounts(2, 0, 0, 0, 0), (await grain.GetAsync())!.Affected);
    }

    [Fact]
    public async Task Reassess_ByPoliceHandler_SeverityAndKindOnly_KeepsCountsAndAllegedParties()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var grain = silo.Incident(Guid.NewGuid());
        var reported = await grain.ReportAsync(IncidentSilo.ByMember(s));

        var assessed = await grain.AssessAsync(new AssessIncident(new IncidentSeverity(3, 3, 3), s.Police, IncidentKind.UseOfForce));

        Assert.Equal((IncidentStatus.Assessed, IncidentKind.UseOfForce), (assessed.Status, assessed.Kind));
        Assert.Equal(reported.Affected, assessed.Affected);
        Assert.Equal(reported.Alleged, assessed.Alleged);
    }

    [Fact]
    public async Task Reassess_WithNegativeCountOrTooManyParties_IsRefusedWithTheFieldAndChangesNothing()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var grain = silo.Incident(Guid.NewGuid());
        var reported = await grain.ReportAsync(IncidentSilo.ByMember(s));
        var many = Enum.GetValues<StakeholderType>().Select(t => new AllegedParty(null, t))
            .Concat(Enumerable.Range(0, 7).Select(_ => new AllegedParty(Guid.NewGuid(), StakeholderType.PrivateSecurity))).ToList();

        var negative = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.AssessAsync(new AssessIncident(new IncidentSeverity(1, 1, 1), s.Facilitator, Affected: new AffectedCounts(0, -1, 0, 0, 0))));
        var tooMany = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.AssessAsync(new AssessIncident(new IncidentSeverity(1, 1, 1), s.Facilitator, Alleged: many)));

        Assert.Equal([(IncidentRule.Affected, "Affected"), (IncidentRule.AllegedTooMany, "Alleged")], new[] { negative, tooMany }.Select(e => (e.Code, e.Field)));
        Assert.Equal(reported, await grain.GetAsync());
    }
}
