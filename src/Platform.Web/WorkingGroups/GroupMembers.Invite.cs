namespace Platform.Web.WorkingGroups;

/// <summary>Inviting someone without an account: the account invitation carries the seat they will take.</summary>
public sealed partial class GroupMembers
{
    private async Task InviteAsync()
    {
        var input = Invite!;
        errors = new();
        var (organisation, role) = GroupFormChecks.Seat(input, "Invite", errors, T);
        var email = input.Email.Trim();
        if (!errors.Any && await Users.FindByEmailAsync(email) is not null)
        {
            errors.Add("Invite.Email", Refusals.Message(T, GroupRule.HasAccount));
        }

        if (!errors.Any && !organisations.Any(o => o.Id == organisation))
        {
            errors.Add("Invite.OrganisationId", Refusals.Message(T, GroupRule.OrganisationUnknown));
        }

        if (errors.Any)
        {
            return;
        }

        var now = Time.GetUtcNow();
        var token = OneTimeToken.Create();
        var language = SupportedCultures.Match(input.PreferredLanguage) ?? SupportedCultures.Default;
        var invitation = new Invitation(Guid.NewGuid().ToString(), email, null, language, ActorId, now, now + Invitation.Lifetime, null);
        await GroupInvitations.CreateAsync(invitation, token.Hash, new InvitedSeat(GroupId, organisation!.Value, role!.Value));
        var inviterName = HttpContext.User.FindFirst(AccountClaims.DisplayName)?.Value ?? "";
        var organisationName = organisations.First(o => o.Id == organisation).Name;
        await Mails.SendGroupInvitationAsync(email, language, new GroupInvitationMail(inviterName, groupName, role.Value, organisationName), token.Value);

        // Shown once to the facilitator, who may pass it on another way when e-mail does not reach someone.
        inviteLink = Urls.For("/account/invitation?token=" + token.Value);
        invitedEmail = email;
        Invite = new() { Role = "member", PreferredLanguage = language };
    }
}
