using Orleans;

namespace Platform.Grains.ActionItems;

/// <summary>
/// An action item command refused. <see cref="Code"/> is stable (shown as <c>ActionRule.&lt;Code&gt;</c> in the
/// reader's language); <see cref="Field"/> names the form field it belongs to. A refusal changes nothing.
/// </summary>
[GenerateSerializer, Alias("rt.ActionItemRuleException")]
public sealed class ActionItemRuleException(string code, string? field = null) : Exception($"Action item rule refused the command: {code}.")
{
    [Id(0)]
    public string Code { get; } = code;

    [Id(1)]
    public string? Field { get; } = field;
}
