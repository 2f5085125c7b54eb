namespace Platform.Grains.People;

/// <summary>Self-declared gender values, used only for disaggregated participation figures.</summary>
public static class Genders
{
    public const string Woman = "woman";

    public const string Man = "man";

    public const string SelfDescribed = "self_described";

    public const string PreferNotToSay = "prefer_not_to_say";

    public static readonly IReadOnlyList<string> All = [Woman, Man, SelfDescribed, PreferNotToSay];
}
