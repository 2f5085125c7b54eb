using Orleans;

namespace Platform.Grains.WorkingGroups;

/// <summary>
/// A command the group's rules refuse. <see cref="Code"/> (e.g. <c>LastFacilitator</c>) is stable; the Web layer
/// shows it as <c>GroupRule.&lt;Code&gt;</c> in the reader's language. A refused command changes nothing.
/// </summary>
[GenerateSerializer, Alias("rt.GroupRuleException")]
public sealed class GroupRuleException(string code) : Exception($"Working-group rule refused the command: {code}.")
{
    [Id(0)]
    public string Code { get; } = code;
}
