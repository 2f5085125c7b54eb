namespace Platform.Grains.Mail;

/// <summary>Bound from "Mail". Without <c>Mail:Smtp:Host</c>, mail is written to the outbox folder instead.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(5);

    public string From { get; set; } = "roundtable@localhost";

    /// <summary>
    /// How long a host owns an outbox row it is sending; a host killed meanwhile delays that row by at most this. The SMTP
    /// timeout (<see cref="SmtpOptions.Timeout"/>) is capped to half of it, so a slow send ends before another host may take the row.
    /// </summary>
    public TimeSpan Lease { get; set; } = DefaultLease;

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public bool EnableSsl { get; set; } = true;

        public string? UserName { get; set; }

        public string? Password { get; set; }

        /// <summary>How long one send (connect, sign in, send, quit) may take; capped to half of <see cref="Lease"/>.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    }
}
