using System.Collections.Concurrent;

namespace Platform.Grains.Storage;

/// <summary>Enumerations are stored as snake_case text (<c>LargeScaleMining</c> ↔ <c>large_scale_mining</c>).</summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Enum, string> Texts = new();

    public static string ToText<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Texts.GetOrAdd(value, static v => SnakeCase(v.ToString()));

    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(ToText(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
