namespace Platform.Grains.ActionItems;

/// <summary>
/// An action item command refused. <see cref="Code"/> is stable (shown as <c>ActionRule.&lt;Code&gt;</c> in the
/// reader's language); <see cref="Field"/> names the form field it belongs to. A refusal changes nothing.
/// </summary>
public sealed class ActionItemRuleException(string code, string? field = null) : Exception($"Action item rule refused the command: {code}.")
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}
