namespace Platform.Grains.Mail;

/// <summary>Bound from "Mail". Without <c>Mail:Smtp:Host</c>, mail is written to the outbox folder instead.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "roundtable@localhost";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public bool EnableSsl { get; set; } = true;

        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
