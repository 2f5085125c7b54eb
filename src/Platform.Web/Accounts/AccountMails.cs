using System.Net.Mail;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Platform.Grains.Mail;
using Platform.Web.Localization;
using Platform.Web.Notifications;

namespace Platform.Web.Accounts;

/// <summary>Writes account e-mails in the recipient's language (not the sender's) and hands them to the mail sender.</summary>
public sealed partial class AccountMails(IStringLocalizer<Text> text, PublicUrl urls, IMailSender sender, ILogger<AccountMails> logger)
{
    /// <summary>Returns false when the mail could not be handed over; the page then offers the link another way.</summary>
    public Task<bool> SendInvitationAsync(string to, string language, string inviterName, string token, CancellationToken cancellationToken = default)
    {
        var link = urls.For("/account/invitation?token=" + Uri.EscapeDataString(token));
        return SendAsync("invitation", Compose(to, language, "Mail.Invitation.Subject", "Mail.Invitation.Body", inviterName, link), cancellationToken);
    }

    /// <summary>An invitation that also seats the person in a working group: the mail names the group, role and organisation.</summary>
    public Task<bool> SendGroupInvitationAsync(string to, string language, GroupInvitationMail invitation, string token, CancellationToken cancellationToken = default)
    {
        var link = urls.For("/account/invitation?token=" + Uri.EscapeDataString(token));
        var mail = MailCulture.In(language, () => new OutgoingMail(
            to,
            text["Mail.GroupInvitation.Subject", invitation.GroupName],
            text["Mail.GroupInvitation.Body", invitation.InviterName, invitation.GroupName, text[$"GroupRole.{invitation.Role}"], invitation.OrganisationName, link]));
        return SendAsync("invitation", mail, cancellationToken);
    }

    public Task<bool> SendPasswordResetAsync(string to, string language, string userId, string token, CancellationToken cancellationToken = default)
    {
        var link = urls.For($"/account/reset-password?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}");
        return SendAsync("password reset", Compose(to, language, "Mail.Reset.Subject", "Mail.Reset.Body", link), cancellationToken);
    }

    private async Task<bool> SendAsync(string kind, OutgoingMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(mail, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SmtpException or IOException or UnauthorizedAccessException)
        {
            // Only the exception type: SMTP error messages can quote the recipient's address.
            LogSendFailed(logger, kind, e.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not send the {Kind} e-mail ({ErrorType}).")]
    private static partial void LogSendFailed(ILogger logger, string kind, string errorType);

    private OutgoingMail Compose(string to, string language, string subjectKey, string bodyKey, params object[] arguments) =>
        MailCulture.In(language, () => new OutgoingMail(to, text[subjectKey], text[bodyKey, arguments]));
}

/// <summary>What a group invitation mail says besides the link.</summary>
public sealed record GroupInvitationMail(string InviterName, string GroupName, Platform.Grains.WorkingGroups.GroupRole Role, string OrganisationName);
