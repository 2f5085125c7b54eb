using Platform.Grains.ActionItems;

namespace Platform.Host.Tests.Notifications;

/// <summary>Becoming the owner of an action item, yourself or through your organisation, is a notice (and a mail); making yourself owner is not.</summary>
public sealed class ActionOwnerNoticeTests
{
    [Fact]
    public async Task Create_FacilitatorAssignsMember_MemberIsToldInSpanishWithALinkAndAMailAndTheFacilitatorIsNot()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var id = Guid.NewGuid();

        await Item(factory, id).CreateAsync(new CreateActionItem(group.GroupId, Details(group.Member.Id, null), null, group.Facilitator.Id));
        await factory.DeliverMailAsync();
        using var beto = await factory.SignedInAsync("beto@example.org");
        var page = await beto.GetAsync("/notifications");

        var link = page.Document.QuerySelector($"main ol.notifications li a[href='/groups/{group.GroupId}/actions/{id}']");
        Assert.NotNull(link);
        Assert.Contains("ahora es responsable del compromiso «Reparar la bocatoma»", link.TextContent, StringComparison.Ordinal);
        Assert.Single(factory.OutboxMessages(), m => m.Contains("To: beto@example.org", StringComparison.Ordinal) && m.Contains("Reparar la bocatoma", StringComparison.Ordinal));
        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM notification WHERE user_id = @id", new { id = group.Facilitator.Id }));
    }

    [Fact]
    public async Task Update_OrganisationMadeOwnerByTheMember_OtherSeatIsToldOnceTheMemberHimselfIsNot()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var id = Guid.NewGuid();
        await Item(factory, id).CreateAsync(new CreateActionItem(group.GroupId, Details(group.Member.Id, null), null, group.Member.Id));
        await factory.DeliverMailAsync();

        // Beto (same organisation as Ana) adds the organisation as owner: Ana hears of it, Beto does not hear of his own change.
        await Item(factory, id).UpdateAsync(new UpdateActionItem(Details(group.Member.Id, group.Organisation), group.Member.Id));
        await factory.DeliverMailAsync();
        await Item(factory, id).UpdateAsync(new UpdateActionItem(Details(group.Member.Id, group.Organisation) with { Description = "Con la junta" }, group.Member.Id));
        await factory.DeliverMailAsync();

        Assert.Equal(0, await factory.CountAsync("SELECT COUNT(*) FROM notification WHERE user_id = @id", new { id = group.Member.Id }));
        var told = Assert.Single(await factory.QueryAsync<string>(
            "SELECT message_key FROM notification WHERE user_id = @id", new { id = group.Facilitator.Id }));
        Assert.Equal("Notice.ActionOwnerOrganisation", told);
    }

    private static ActionItemDetails Details(string? owner, Guid? organisation) =>
        new("Reparar la bocatoma", null, owner, organisation, LocalDate.FromDateTime(DateTime.UtcNow).PlusDays(20), ActionItemPriority.Normal);

    private static IActionItemGrain Item(PlatformFactory factory, Guid id) => factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IActionItemGrain>(id);
}
