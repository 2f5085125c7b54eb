using System.Security.Cryptography;

namespace Platform.Web.Incidents;

/// <summary>
/// The one-time token of a public report form: a random value in a hidden field. The incident a form creates takes its
/// id from the token's hash, so the same form sent twice (a reload, a double click) reaches the same incident grain,
/// which takes one report and refuses the next. The token itself is kept nowhere, and the id cannot be turned back into it.
/// </summary>
public static class ReportOnce
{
    /// <summary>The hidden field's name.</summary>
    public const string Field = "once";

    // 32 random bytes in base64url, without padding.
    private const int Length = 43;

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The token when <paramref name="posted"/> is one of ours in shape, else null (a new form gets a new one).</summary>
    public static string? Read(string? posted) =>
        posted is { Length: Length } token && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? token : null;

    /// <summary>The incident id a form with <paramref name="token"/> creates; a form without one gets a fresh id.</summary>
    public static Guid IncidentId(string? token)
    {
        if (Read(token) is not { } once)
        {
            return Guid.NewGuid();
        }

        var hash = SHA256.HashData(Encoding.ASCII.GetBytes("roundtable/report-once/" + once));
        return new Guid(hash.AsSpan(0, 16));
    }
}
