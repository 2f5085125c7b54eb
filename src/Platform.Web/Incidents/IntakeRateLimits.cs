namespace Platform.Web.Incidents;

/// <summary>
/// The rate-limiting policies of the public intake, registered by the host: posts only, counted per client address in
/// memory (never stored) and under one cap for everybody, so rotating addresses buys no more guesses at receipt codes.
/// </summary>
public static class IntakeRateLimits
{
    /// <summary>Reports sent through the public form.</summary>
    public const string Report = "intake-report";

    /// <summary>Receipt codes typed on the follow-up page (each post checks a code, right or wrong).</summary>
    public const string Code = "intake-code";

    /// <summary>Where the public intake lives: its requests are never logged (<c>IntakeLogSilence</c> in the host).</summary>
    public const string PathPrefix = "/report";
}
