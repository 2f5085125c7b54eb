namespace Platform.Grains.Mail;

/// <summary>Sends account mail (invitations, password resets).</summary>
public interface IMailSender
{
    /// <summary>Hands the message to the mail server or the outbox folder.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
