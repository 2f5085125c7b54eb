namespace Platform.Grains.Mail;

/// <summary>When to try a failed message again: 1 min, 5 min, 30 min, 2 h, 12 h; after six attempts it has failed for good.</summary>
public static class MailBackoff
{
    private static readonly TimeSpan[] Delays =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)];

    /// <summary>The first attempt plus one retry per delay.</summary>
    public static int MaxAttempts => Delays.Length + 1;

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt, or null when there is no further attempt.</summary>
    public static TimeSpan? After(int attempts) =>
        attempts >= 1 && attempts <= Delays.Length ? Delays[attempts - 1] : null;
}
