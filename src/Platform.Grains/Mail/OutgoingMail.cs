namespace Platform.Grains.Mail;

/// <summary>A plain-text message to one recipient, already written in the recipient's language.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);
