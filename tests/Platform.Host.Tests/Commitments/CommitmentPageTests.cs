using Platform.Grains.Commitments;

namespace Platform.Host.Tests.Commitments;

public sealed class CommitmentPageTests
{
    [Fact]
    public async Task New_MemberOfCompany_PledgesForOwnOrganisationAndEditsIt()
    {
        using var factory = new PlatformFactory();
        var seats = await SeatsAsync(factory);
        using var carla = await factory.SignedInAsync("carla@example.org");

        var created = await carla.SubmitAsync($"/groups/{seats.Group.GroupId}/commitments/new", new Dictionary<string, string>
        {
            ["Input.Text"] = "Capacitar a los vigilantes en derechos humanos",
            ["Input.Standard"] = "icoc",
        });

        Assert.Equal(HttpStatusCode.Found, created.Status);
        var id = Guid.Parse(created.Location!.Split('/')[^1]);
        var stored = (await Grain(factory, id).GetAsync())!;
        Assert.Equal((seats.Company, CommitmentStandard.Icoc), (stored.OrganisationId, stored.Standard));

        var edited = await carla.SubmitAsync($"/groups/{seats.Group.GroupId}/commitments/{id}/edit", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Text"] = "Capacitar a los vigilantes y contratistas",
            ["Input.Standard"] = "icoc",
            ["Input.Status"] = "at_risk",
        });

        Assert.NotNull(edited.Document.QuerySelector("main [role=status]"));
        Assert.Equal(CommitmentStatus.AtRisk, (await Grain(factory, id).GetAsync())!.Status);
    }

    [Fact]
    public async Task Edit_MemberOfAnotherOrganisation_IsRefusedWithMessageAndNothingChanges()
    {
        using var factory = new PlatformFactory();
        var seats = await SeatsAsync(factory);
        var id = await PledgeAsync(factory, seats);
        using var beto = await factory.SignedInAsync("beto@example.org");
        var url = $"/groups/{seats.Group.GroupId}/commitments/{id}/edit";

        var page = await beto.GetAsync(url);
        var posted = await beto.PostAsync(url, new Dictionary<string, string>
        {
            ["_handler"] = "commitment",
            ["Input.Text"] = "Otra cosa",
            ["Input.Standard"] = "other",
            ["Input.Status"] = "withdrawn",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Solo las personas que representan a la organización", page.Document.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form[method=post]"));
        Assert.NotEqual(HttpStatusCode.Found, posted.Status);
        Assert.Equal(CommitmentStatus.OnTrack, (await Grain(factory, id).GetAsync())!.Status);
    }

    [Fact]
    public async Task Verify_Facilitator_MarksVerifiedAndListSaysSo()
    {
        using var factory = new PlatformFactory();
        var seats = await SeatsAsync(factory);
        var id = await PledgeAsync(factory, seats);
        using var ana = await factory.SignedInAsync("ana@example.org");

        var page = await ana.SubmitAsync($"/groups/{seats.Group.GroupId}/commitments/{id}/verify", new Dictionary<string, string>());
        var list = await ana.GetAsync($"/groups/{seats.Group.GroupId}/commitments");

        Assert.NotNull(page.Document.QuerySelector("main [role=status]"));
        Assert.Equal(seats.Group.Facilitator.Id, (await Grain(factory, id).GetAsync())!.VerifiedBy);
        Assert.Contains("Verified by a facilitator", list.Document.QuerySelector("main table tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_Observer_IsDenied()
    {
        using var factory = new PlatformFactory();
        var seats = await SeatsAsync(factory);
        using var olga = await factory.SignedInAsync("olga@example.org");

        var page = await olga.GetAsync($"/groups/{seats.Group.GroupId}/commitments/new");

        Assert.NotEqual(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("main form[method=post]"));
    }

    [Fact]
    public async Task Detail_CommitmentOfAnotherGroup_IsDeniedEvenToItsPledger()
    {
        using var factory = new PlatformFactory();
        var seats = await SeatsAsync(factory);
        var id = await PledgeAsync(factory, seats);
        var other = await MeetingGroup.CreateAsync(factory, "b.");
        await factory.Group(other.GroupId).AddMemberAsync(new AddMember(seats.Carla, seats.Company, GroupRole.Member, other.Facilitator.Id));
        using var carla = await factory.SignedInAsync("carla@example.org");

        var page = await carla.GetAsync($"/groups/{other.GroupId}/commitments/{id}");

        Assert.NotEqual(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("Capacitar", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mine_Member_ListsOwnOrganisationsCommitmentsOnly()
    {
        using var factory = new PlatformFactory();
        var seats = await SeatsAsync(factory);
        await PledgeAsync(factory, seats);
        using var carla = await factory.SignedInAsync("carla@example.org");
        using var beto = await factory.SignedInAsync("beto@example.org");

        var mine = await carla.GetAsync("/commitments");
        var others = await beto.GetAsync("/commitments");

        Assert.Contains("Capacitar", mine.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Null(others.Document.QuerySelector("main table"));
    }

    [Fact]
    public async Task Edit_MilestonesAndEvidence_ProgressShowsAndBadLinkKeepsWhatWasTyped()
    {
        using var factory = new PlatformFactory();
        var seats = await SeatsAsync(factory);
        var id = await PledgeAsync(factory, seats);
        using var carla = await factory.SignedInAsync("carla@example.org");
        var url = $"/groups/{seats.Group.GroupId}/commitments/{id}/edit";
        foreach (var title in new[] { "Contratar formador", "Primer taller" })
        {
            await carla.SubmitAsync(url, "main section[aria-labelledby=milestone-title] form", new Dictionary<string, string>
            {
                ["Milestone.Title"] = title,
                ["Milestone.DueDate"] = "2027-03-01",
            });
        }

        var first = (await Grain(factory, id).GetAsync())!.Milestones[0].Id;
        await carla.SubmitAsync(url, "main section[aria-labelledby=complete-title] form", new Dictionary<string, string> { ["Complete.MilestoneId"] = first.ToString() });
        var bad = await carla.SubmitAsync(url, "main section[aria-labelledby=evidence-title] form", new Dictionary<string, string>
        {
            ["Evidence.Link"] = "javascript:alert(1)",
            ["Evidence.Note"] = "Informe",
        });
        var detail = await carla.GetAsync($"/groups/{seats.Group.GroupId}/commitments/{id}");

        Assert.Equal("true", bad.Document.QuerySelector("#evidence-link")!.GetAttribute("aria-invalid"));
        Assert.Equal("javascript:alert(1)", bad.Document.QuerySelector("#evidence-link")!.GetAttribute("value"));
        Assert.Equal((1, 2), ((await Grain(factory, id).GetAsync())!.Progress.Done, (await Grain(factory, id).GetAsync())!.Progress.Total));
        Assert.Contains("1 of 2 milestones done (50 %)", detail.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Milestone_PledgerChangesOneRemovesAnother_OtherOrganisationRefusedAndBadDateKeepsTitle()
    {
        using var factory = new PlatformFactory();
        var seats = await SeatsAsync(factory);
        var id = await PledgeAsync(factory, seats);
        foreach (var title in new[] { "Contratar formador", "Primer taller" })
        {
            await Grain(factory, id).AddMilestoneAsync(new AddMilestone(title, new NodaTime.LocalDate(2027, 3, 1), seats.Carla));
        }

        var milestones = (await Grain(factory, id).GetAsync())!.Milestones;
        var url = $"/groups/{seats.Group.GroupId}/commitments/{id}/milestones/{milestones[0].Id}";
        using var carla = await factory.SignedInAsync("carla@example.org");
        using var beto = await factory.SignedInAsync("beto@example.org");

        var edit = await carla.GetAsync($"/groups/{seats.Group.GroupId}/commitments/{id}/edit");
        var bad = await carla.SubmitAsync(url, "main form[method=post]", new Dictionary<string, string> { ["Input.Title"] = "Contratar formadora", ["Input.DueDate"] = "31/02/2027" });
        var saved = await carla.SubmitAsync(url, "main form[method=post]", new Dictionary<string, string> { ["Input.Title"] = "Contratar formadora", ["Input.DueDate"] = "2027-04-15" });
        var refused = await beto.GetAsync($"/groups/{seats.Group.GroupId}/commitments/{id}/milestones/{milestones[1].Id}");
        var removed = await carla.SubmitAsync($"/groups/{seats.Group.GroupId}/commitments/{id}/milestones/{milestones[1].Id}", "main form[method=post]:last-of-type", new Dictionary<string, string>());

        Assert.NotNull(edit.Document.QuerySelector($"main a[href$='/milestones/{milestones[0].Id}']"));
        Assert.Equal("true", bad.Document.QuerySelector("#milestone-due")!.GetAttribute("aria-invalid"));
        Assert.Equal("Contratar formadora", bad.Document.QuerySelector("#milestone-title-input")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Found, saved.Status);
        Assert.NotNull(refused.Document.QuerySelector("main [role=alert]"));
        Assert.Null(refused.Document.QuerySelector("main form[method=post]"));
        Assert.Equal(HttpStatusCode.Found, removed.Status);
        var stored = Assert.Single((await Grain(factory, id).GetAsync())!.Milestones);
        Assert.Equal(("Contratar formadora", new NodaTime.LocalDate(2027, 4, 15)), (stored.Title, stored.DueDate));
    }

    private static ICommitmentGrain Grain(PlatformFactory factory, Guid id) =>
        factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ICommitmentGrain>(id);

    private static async Task<Guid> PledgeAsync(PlatformFactory factory, Seats seats)
    {
        var id = Guid.NewGuid();
        await Grain(factory, id).CreateAsync(new CreateCommitment(seats.Group.GroupId, seats.Company, "Capacitar a los vigilantes", CommitmentStandard.VoluntaryPrinciples, seats.Carla));
        return id;
    }

    /// <summary>Ana facilitates and Beto is a member (same organisation); Carla is a member and Olga an observer for the company.</summary>
    private static async Task<Seats> SeatsAsync(PlatformFactory factory)
    {
        var group = await MeetingGroup.CreateAsync(factory);
        var company = await factory.OrganisationAsync("Minera del Norte", "large_scale_mining");
        var carla = await factory.CreateUserAsync("carla@example.org");
        var olga = await factory.CreateUserAsync("olga@example.org");
        await factory.Group(group.GroupId).AddMemberAsync(new AddMember(carla.Id, company, GroupRole.Member, group.Facilitator.Id));
        await factory.Group(group.GroupId).AddMemberAsync(new AddMember(olga.Id, company, GroupRole.Observer, group.Facilitator.Id));
        return new Seats(group, company, carla.Id);
    }

    private sealed record Seats(MeetingGroup Group, Guid Company, string Carla);
}
