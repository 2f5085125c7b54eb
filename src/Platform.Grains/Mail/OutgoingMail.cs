namespace Platform.Grains.Mail;

/// <summary>A plain-text message to one recipient, already written in the recipient's language.</summary>
/// <remarks>
/// The header values are checked here, where every mail is composed and where each stored one is read back: a subject is
/// made one line (text from a title or a commitment must not add a header, and System.Net.Mail would refuse the whole
/// message); an address with a control character is refused outright, since no guess repairs it.
/// </remarks>
public sealed record OutgoingMail(string To, string Subject, string Body)
{
    public string To { get; init => field = Address(value); } = Address(To);

    public string Subject { get; init => field = SingleLine.Clean(value).Trim(); } = SingleLine.Clean(Subject).Trim();

    /// <summary>
    /// The outbox row's id once queued: sent as the Message-ID, so a mail sent again after a crash (between handing it over
    /// and marking it sent) is recognisably the same message. Only letters, digits and '-' are kept.
    /// </summary>
    public string? MessageId { get; init => field = value is null ? null : new string([.. value.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]); }

    /// <summary>A file that goes with the text (a meeting's calendar entry), stored in the outbox with the mail.</summary>
    public MailAttachment? Attachment { get; init; }

    private static string Address(string to) =>
        to.Any(SingleLine.IsBreaking) ? throw new ArgumentException("A mail address cannot contain a control character.", nameof(to)) : to;
}

/// <summary>
/// A text file attached to a mail: <paramref name="ContentType"/> is its full media type with parameters (e.g.
/// <c>text/calendar; method=REQUEST; charset=utf-8</c>), <paramref name="Content"/> its text.
/// </summary>
public sealed record MailAttachment(string FileName, string ContentType, string Content);
