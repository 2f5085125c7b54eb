using System.Globalization;
using Microsoft.Extensions.Localization;
using Platform.Grains.Mail;
using Platform.Web.Localization;

namespace Platform.Web.Accounts;

/// <summary>Writes account e-mails in the recipient's language (not the sender's) and hands them to the mail sender.</summary>
public sealed class AccountMails(IStringLocalizer<Text> text, PublicUrl urls, IMailSender sender)
{
    public Task SendInvitationAsync(string to, string language, string inviterName, string token, CancellationToken cancellationToken = default)
    {
        var link = urls.For("/account/invitation?token=" + Uri.EscapeDataString(token));
        return sender.SendAsync(Compose(to, language, "Mail.Invitation.Subject", "Mail.Invitation.Body", inviterName, link), cancellationToken);
    }

    public Task SendPasswordResetAsync(string to, string language, string userId, string token, CancellationToken cancellationToken = default)
    {
        var link = urls.For($"/account/reset-password?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}");
        return sender.SendAsync(Compose(to, language, "Mail.Reset.Subject", "Mail.Reset.Body", link), cancellationToken);
    }

    private OutgoingMail Compose(string to, string language, string subjectKey, string bodyKey, params object[] arguments)
    {
        // The localizer reads CurrentUICulture at lookup time; it is async-local, so this affects only this flow.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(SupportedCultures.Match(language) ?? SupportedCultures.Default);
        try
        {
            return new OutgoingMail(to, text[subjectKey], text[bodyKey, arguments]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
