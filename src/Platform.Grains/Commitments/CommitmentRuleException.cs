using Orleans;

namespace Platform.Grains.Commitments;

/// <summary>
/// A commitment command refused. <see cref="Code"/> is stable (shown as <c>CommitmentRule.&lt;Code&gt;</c> in the
/// reader's language); <see cref="Field"/> names the form field it belongs to, when there is one. A refusal changes nothing.
/// </summary>
[GenerateSerializer, Alias("rt.CommitmentRuleException")]
public sealed class CommitmentRuleException(string code, string? field = null) : Exception($"Commitment rule refused the command: {code}.")
{
    [Id(0)]
    public string Code { get; } = code;

    [Id(1)]
    public string? Field { get; } = field;
}
