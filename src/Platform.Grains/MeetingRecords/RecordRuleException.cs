using Orleans;

namespace Platform.Grains.MeetingRecords;

/// <summary>
/// A record command the rules refuse. <see cref="Code"/> (e.g. <c>Published</c>) is stable; the Web layer shows it as
/// <c>RecordRule.&lt;Code&gt;</c> in the reader's language. A refused command changes nothing.
/// </summary>
[GenerateSerializer, Alias("rt.RecordRuleException")]
public sealed class RecordRuleException(string code) : Exception($"Meeting-record rule refused the command: {code}.")
{
    [Id(0)]
    public string Code { get; } = code;
}
