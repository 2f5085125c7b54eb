namespace Platform.Grains.Meetings;

/// <summary>
/// A meeting command refused. <see cref="Code"/> is stable (shown as <c>MeetingRule.&lt;Code&gt;</c> in the reader's
/// language); <see cref="Field"/> names the form field it belongs to, when there is one. A refusal changes nothing.
/// </summary>
public sealed class MeetingRuleException(string code, string? field = null) : Exception($"Meeting rule refused the command: {code}.")
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}
