namespace Platform.Grains.People;

/// <summary>An administrator's single-use invitation for one e-mail address, with an optional platform role.</summary>
public sealed record Invitation(
    string Id,
    string Email,
    string? Role,
    string PreferredLanguage,
    string InvitedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public TokenCheck Check(DateTimeOffset now) => this switch
    {
        { UsedAt: not null } => TokenCheck.Used,
        _ when ExpiresAt <= now => TokenCheck.Expired,
        _ => TokenCheck.Valid,
    };
}
