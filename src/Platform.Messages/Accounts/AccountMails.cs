namespace Platform.Messages.Accounts;

/// <summary>
/// Writes account e-mails in the recipient's language (not the sender's) and queues them in the outbox, kicking delivery:
/// the page answers without waiting for a mail server, and a known address costs one insert more than an unknown one.
/// </summary>
public sealed class AccountMails(IStringLocalizer<Text> text, PublicUrl urls, MailOutboxStore outbox, MailSignal signal, TimeProvider time)
{
    public Task SendInvitationAsync(string to, string language, string inviterName, string token, CancellationToken cancellationToken = default)
    {
        var link = urls.For("/account/invitation?token=" + Uri.EscapeDataString(token));
        return QueueAsync(Compose(to, language, "Mail.Invitation.Subject", "Mail.Invitation.Body", inviterName, link), cancellationToken);
    }

    /// <summary>An invitation that also seats the person in a working group: the mail names the group, role and organisation.</summary>
    public Task SendGroupInvitationAsync(string to, string language, GroupInvitationMail invitation, string token, CancellationToken cancellationToken = default)
    {
        var link = urls.For("/account/invitation?token=" + Uri.EscapeDataString(token));
        var mail = MailCulture.In(language, () => new OutgoingMail(
            to,
            text["Mail.GroupInvitation.Subject", invitation.GroupName],
            text["Mail.GroupInvitation.Body", invitation.InviterName, invitation.GroupName, text[$"GroupRole.{invitation.Role}"], invitation.OrganisationName, link]));
        return QueueAsync(mail, cancellationToken);
    }

    public Task SendPasswordResetAsync(string to, string language, string userId, string token, CancellationToken cancellationToken = default)
    {
        var link = urls.For($"/account/reset-password?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}");
        return QueueAsync(Compose(to, language, "Mail.Reset.Subject", "Mail.Reset.Body", link), cancellationToken);
    }

    private async Task QueueAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await outbox.QueueAsync(new QueuedMail(null, null, mail, now, now), cancellationToken);
        signal.Kick();
    }

    private OutgoingMail Compose(string to, string language, string subjectKey, string bodyKey, params object[] arguments) =>
        MailCulture.In(language, () => new OutgoingMail(to, text[subjectKey], text[bodyKey, arguments]));
}

/// <summary>What a group invitation mail says besides the link.</summary>
public sealed record GroupInvitationMail(string InviterName, string GroupName, Platform.Grains.WorkingGroups.GroupRole Role, string OrganisationName);
