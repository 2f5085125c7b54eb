using Platform.Grains;
using Platform.Grains.Incidents;

namespace Platform.Grains.Tests.Incidents;

/// <summary>Who sees what of an incident alleging the company, read fresh from the database for each role.</summary>
public sealed class IncidentAudienceTests
{
    [Fact]
    public async Task Sight_ForEveryRole_SharedAndUnshared_IsWhatTheRuleAllows()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var alleged = new[] { s.Company };
        var table = new (string Who, string UserId, IncidentSight Unshared, IncidentSight Shared)[]
        {
            ("facilitator", s.Facilitator, IncidentSight.Details, IncidentSight.Details),
            ("case handler", s.Handler, IncidentSight.Details, IncidentSight.Details),
            ("police member as handler", s.Police, IncidentSight.CaseWithoutPeople, IncidentSight.CaseWithoutPeople),
            ("member of the alleged organisation as handler", s.CompanyHandler, IncidentSight.CaseWithoutPeople, IncidentSight.CaseWithoutPeople),
            ("plain member", s.Member, IncidentSight.None, IncidentSight.SharedSummary),
            ("observer", s.Observer, IncidentSight.None, IncidentSight.None),
            ("donor", s.Donor, IncidentSight.Counts, IncidentSight.Counts),
            ("administrator", s.Admin, IncidentSight.Counts, IncidentSight.Counts),
            ("outsider", s.Outsider, IncidentSight.None, IncidentSight.None),
        };

        var actual = new List<(string, IncidentSight, IncidentSight)>();
        foreach (var row in table)
        {
            var viewer = await silo.Queries.ViewerAsync(row.UserId, s.Group);
            actual.Add((row.Who, IncidentAudience.SightOf(viewer, alleged, false), IncidentAudience.SightOf(viewer, alleged, true)));
        }

        Assert.Equal(table.Select(r => (r.Who, r.Unshared, r.Shared)), actual);
    }

    [Fact]
    public async Task Sight_OfADismissedHandler_FallsBackToAPlainMembersOnTheNextRequest()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();

        await silo.Settings(s.Group).DismissHandlerAsync(new DismissHandler(s.Handler, s.Facilitator));

        var viewer = await silo.Queries.ViewerAsync(s.Handler, s.Group);
        Assert.Equal(IncidentSight.None, IncidentAudience.SightOf(viewer, [], false));
    }

    [Fact]
    public async Task Register_ForEachRole_HoldsOnlyWhatItsSightAllows()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var alleging = await silo.ReportAsync(IncidentSilo.ByMember(s));
        var shared = await silo.ReportAsync(IncidentSilo.ByMember(s) with { Alleged = [] });
        await silo.Incident(shared.Id).ShareAsync(new ShareIncident("A grievance about water, being looked at", s.Facilitator));
        await silo.Incident(shared.Id).AssessAsync(new AssessIncident(new IncidentSeverity(1, 2, 1), s.Facilitator));

        async Task<IncidentRegister> RegisterOf(string user) => await silo.Queries.RegisterAsync(s.Group, await silo.Queries.ViewerAsync(user, s.Group));

        var facilitator = await RegisterOf(s.Facilitator);
        var company = await RegisterOf(s.CompanyHandler);
        var member = await RegisterOf(s.Member);
        var donor = await RegisterOf(s.Donor);
        var observer = await RegisterOf(s.Observer);

        Assert.Equal([(2, IncidentSight.Details, (int?)2), (1, IncidentSight.Details, 2)], facilitator.Rows.Select(r => (r.Number, r.Sight, r.AffectedTotal)));
        Assert.Equal([(2, IncidentSight.Details), (1, IncidentSight.CaseWithoutPeople)], company.Rows.Select(r => (r.Number, r.Sight)));
        Assert.Null(company.Rows[1].AffectedTotal);
        Assert.Equal((IncidentChannel?)null, company.Rows[1].Channel);
        Assert.Equal(IncidentChannel.Member, facilitator.Rows[1].Channel);
        var line = Assert.Single(member.Rows);
        Assert.Equal((2, IncidentSight.SharedSummary, "A grievance about water, being looked at"), (line.Number, line.Sight, line.SharedSummary!));
        Assert.Equal((null, null, null, null), (line.ReceivedOn, line.Channel, line.SeverityBand, line.AffectedTotal));
        Assert.Equal(1, member.CountsByStatus[IncidentStatus.Assessed]);
        Assert.False(member.CountsByStatus.ContainsKey(IncidentStatus.Received));
        Assert.Equal((IncidentSight.Counts, 0, 0), (donor.Sight, donor.Rows.Count, donor.CountsByStatus.Count));
        Assert.Equal((IncidentSight.None, 0), (observer.Sight, observer.Rows.Count));
    }

    [Fact]
    public async Task Cut_BelowDetails_WithholdsHowTheReportWasReceivedAndNoReportMayClaimThat()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var byMember = await silo.ReportAsync(IncidentSilo.ByMember(s));
        var byForm = await silo.ReportAsync(IncidentSilo.ByWebForm(s.Group));

        var refused = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => silo.ReportAsync(IncidentSilo.ByMember(s) with { Channel = IncidentChannel.Withheld, ActorId = s.Facilitator }));

        Assert.Equal(
            [IncidentChannel.Member, IncidentChannel.Withheld, IncidentChannel.Withheld, IncidentChannel.WebForm, IncidentChannel.Withheld],
            new[]
            {
                IncidentAudience.Cut(byMember, IncidentSight.Details), IncidentAudience.Cut(byMember, IncidentSight.CaseWithoutPeople),
                IncidentAudience.Cut(byMember, IncidentSight.SharedSummary), IncidentAudience.Cut(byForm, IncidentSight.Details),
                IncidentAudience.Cut(byForm, IncidentSight.CaseWithoutPeople),
            }.Select(c => c.Channel));
        Assert.False(IncidentAudience.Cut(byForm, IncidentSight.CaseWithoutPeople).HasReceipt);
        Assert.Equal((IncidentRule.NotAllowed, "Channel"), (refused.Code, refused.Field));
    }

    [Fact]
    public async Task Settings_OnlyFacilitatorsChangeThemAndOnlySeatedMembersBecomeHandlers()
    {
        await using var silo = await IncidentSilo.StartAsync();
        var s = await silo.SeatsAsync();
        var settings = silo.Settings(s.Group);

        var byHandler = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => settings.ChangeAsync(new ChangeIncidentSettings(false, 30, 10, s.Handler)));
        var observer = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => settings.AppointHandlerAsync(new AppointHandler(s.Observer, s.Facilitator)));
        var outsider = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => settings.AppointHandlerAsync(new AppointHandler(s.Outsider, s.Facilitator)));
        var badDays = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => settings.ChangeAsync(new ChangeIncidentSettings(false, 0, 10, s.Facilitator)));
        var deactivated = await settings.DeactivateAuthorityAsync(new DeactivateAuthority(s.Authority, s.Facilitator));

        Assert.Equal([IncidentRule.NotAllowed, IncidentRule.NotSeated, IncidentRule.NotSeated, IncidentRule.RetentionDays], new[] { byHandler, observer, outsider, badDays }.Select(e => e.Code));
        Assert.False(deactivated.Authorities.Single().Active);
        Assert.Equal(3, deactivated.Handlers.Count);
        Assert.Equal(deactivated, await silo.Settings(s.Group).GetAsync());

        // An inactive authority takes no new referrals.
        var grain = await silo.ReportedByMemberAsync(s);
        await grain.AssessAsync(new AssessIncident(new IncidentSeverity(1, 1, 1), s.Facilitator));
        var refer = await Assert.ThrowsAsync<RuleException<IncidentRule>>(() => grain.ReferAsync(new ReferIncident(s.Authority, new NodaTime.LocalDate(2026, 11, 22), null, s.Facilitator)));
        Assert.Equal(IncidentRule.AuthorityInactive, refer.Code);
    }
}
