using Microsoft.AspNetCore.Identity;

namespace Platform.Web.Accounts;

/// <summary>
/// What accepting an invitation gives, whichever way the account is made (a password, or a work account): the
/// invitation is spent first, so two tabs cannot both use it; then the account, its platform role and the seat it
/// was invited to.
/// </summary>
public sealed class InvitationAcceptance(
    UserManager<User> users, InvitationStore invitations, GroupInvitationStore groupInvitations, IGrainFactory grains, TimeProvider time)
{
    /// <summary>
    /// Creates <paramref name="user"/> (with <paramref name="password"/>, or none for a work account) from <paramref name="invitation"/>.
    /// Null when it worked; else why not (<see cref="TokenCheck.Used"/> when another request spent the invitation first).
    /// </summary>
    public async Task<AcceptanceProblem?> AcceptAsync(Invitation invitation, User user, string? password)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(user);
        if (!await invitations.ConsumeAsync(invitation.Id, time.GetUtcNow()))
        {
            return new AcceptanceProblem(TokenCheck.Used, null);
        }

        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new AcceptanceProblem(TokenCheck.Valid, created.Errors.First().Description);
        }

        if (invitation.Role is { } role)
        {
            await users.AddToRoleAsync(user, role);
        }

        await TakeSeatAsync(invitation.Id, user.Id);
        return null;
    }

    /// <summary>An invitation to a working group seats the new person there, through the group's grain like any other change.</summary>
    private async Task TakeSeatAsync(string invitationId, string userId)
    {
        if (await groupInvitations.FindSeatAsync(invitationId) is not { } seat)
        {
            return;
        }

        var group = grains.GetGrain<IWorkingGroupGrain>(seat.GroupId);
        var command = new AddMember(userId, seat.OrganisationId, seat.Role, ActorId: null);
        try
        {
            await group.AddMemberAsync(command);
        }
        catch (ConcurrencyConflictException)
        {
            // Another host changed the group meanwhile; the grain has reloaded, so one retry applies to the fresh state.
            await group.AddMemberAsync(command);
        }
        catch (RuleException<GroupRule>)
        {
            // The seat went away meanwhile (e.g. the organisation was merged): the account stands, a facilitator can seat them.
        }
    }
}

/// <summary>Why an invitation was not accepted: the token's state, or the account's first error in the reader's language.</summary>
public sealed record AcceptanceProblem(TokenCheck Check, string? Error);
