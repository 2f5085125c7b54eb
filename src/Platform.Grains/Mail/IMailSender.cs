namespace Platform.Grains.Mail;

/// <summary>The transport behind <see cref="MailDelivery"/>: hands one message to the mail server or the outbox folder.</summary>
public interface IMailSender
{
    /// <summary>Hands the message to the mail server or the outbox folder.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
