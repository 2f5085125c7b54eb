using Orleans;

namespace Platform.Grains.Meetings;

/// <summary>
/// A meeting command refused. <see cref="Code"/> is stable (shown as <c>MeetingRule.&lt;Code&gt;</c> in the reader's
/// language); <see cref="Field"/> names the form field it belongs to, when there is one. A refusal changes nothing.
/// </summary>
[GenerateSerializer, Alias("rt.MeetingRuleException")]
public sealed class MeetingRuleException(string code, string? field = null) : Exception($"Meeting rule refused the command: {code}.")
{
    [Id(0)]
    public string Code { get; } = code;

    [Id(1)]
    public string? Field { get; } = field;
}
