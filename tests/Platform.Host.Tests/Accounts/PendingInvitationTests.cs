using System.Text.RegularExpressions;

namespace Platform.Host.Tests.Accounts;

/// <summary>Pending invitations at /admin/invitations: resending gives a new link and kills the old one; revoking kills the link.</summary>
public sealed partial class PendingInvitationTests
{
    [Fact]
    public async Task Resend_SeatInvitation_MailsANewLinkTheOldOneFailsAndTheSeatStays()
    {
        using var factory = new PlatformFactory();
        var group = await MeetingGroup.CreateAsync(factory);
        var token = OneTimeToken.Create();
        var now = factory.Time.GetUtcNow();
        var invitation = new Invitation(Guid.NewGuid().ToString(), "carla@example.org", null, "en", group.Facilitator.Id, now, now + Invitation.Lifetime, null);
        await factory.Services.GetRequiredService<GroupInvitationStore>().CreateAsync(invitation, token.Hash, new InvitedSeat(group.GroupId, group.Organisation, GroupRole.Member));
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);

        var resent = await admin.SubmitAsync("/admin/invitations", new Dictionary<string, string> { ["Act"] = "resend:" + invitation.Id });
        var mail = Assert.Single(await factory.DeliveredMailAsync());
        using var invitee = factory.Browser();
        var oldLink = await invitee.GetAsync($"/account/invitation?token={token.Value}");
        var newLink = await invitee.GetAsync(new Uri(InvitationLink().Match(mail).Value).PathAndQuery);

        Assert.Equal(HttpStatusCode.Found, resent.Status);
        Assert.Contains("carla@example.org", mail, StringComparison.Ordinal);
        Assert.Null(oldLink.Document.QuerySelector("main form"));
        Assert.NotNull(newLink.Document.QuerySelector("main form #password"));
        Assert.NotNull(await factory.Services.GetRequiredService<GroupInvitationStore>().FindSeatAsync(invitation.Id));
        var adminId = (await factory.FindUserAsync("admin@example.org"))!.Id;
        Assert.Contains(("invitation.resent", adminId), await PeopleManagementTests.JournalAsync(factory, invitation.Id));
    }

    [Fact]
    public async Task Revoke_PendingInvitation_LinkStopsWorkingAndTheListEmpties()
    {
        using var factory = new PlatformFactory();
        var inviter = await factory.CreateUserAsync("ana@example.org", PlatformRoles.Administrator);
        var token = await factory.InviteAsync(inviter, "carla@example.org");
        using var admin = await factory.SignedInBrowserAsync("admin@example.org", PlatformRoles.Administrator);
        var listed = await admin.GetAsync("/admin/invitations");
        var act = listed.Document.QuerySelector("main button[value^='revoke:']")!.GetAttribute("value")!;

        var revoked = await admin.SubmitAsync("/admin/invitations", new Dictionary<string, string> { ["Act"] = act });
        using var invitee = factory.Browser();
        var link = await invitee.GetAsync($"/account/invitation?token={token}");

        Assert.Equal(HttpStatusCode.Found, revoked.Status);
        Assert.Null(link.Document.QuerySelector("main form"));
        Assert.Empty((await admin.GetAsync("/admin/invitations")).Document.QuerySelectorAll("main tbody tr"));
        var adminId = (await factory.FindUserAsync("admin@example.org"))!.Id;
        Assert.Equal([("invitation.revoked", adminId)], await PeopleManagementTests.JournalAsync(factory, act["revoke:".Length..]));
    }

    [GeneratedRegex(@"https?://\S+/account/invitation\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();
}
