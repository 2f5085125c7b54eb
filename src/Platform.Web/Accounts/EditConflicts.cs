using System.Collections;
using System.Reflection;

namespace Platform.Web.Accounts;

/// <summary>A compared field holding a choice's stored text (<c>at_risk</c>): shown as the resource <c>{Prefix}.{Name}</c> (<c>CommitmentStatus.AtRisk</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ShownAsAttribute(string prefix) : Attribute
{
    public string Prefix { get; } = prefix;
}

/// <summary>One field someone else changed while a person was editing: what is saved now beside what they typed.</summary>
public sealed record ChangedField(string Label, string Saved, string Yours);

/// <summary>
/// What an edit form shows when its save is refused as stale (<see cref="Platform.Grains.Persistence.EditConflictException"/>):
/// the fields whose saved value differs from what the person typed. A form's input class marks its compared
/// fields with <see cref="DisplayAttribute"/>, whose Name is the label's resource key.
/// </summary>
public static class EditConflicts
{
    /// <summary>
    /// The marked fields of <paramref name="typed"/> that differ from <paramref name="saved"/> (the form filled from the
    /// stored state). <paramref name="names"/> shows chosen ids (a person, an organisation) as the form's options do.
    /// </summary>
    public static IReadOnlyList<ChangedField> Between<TInput>(TInput typed, TInput saved, IStringLocalizer<Text> text, IReadOnlyDictionary<string, string>? names = null)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(text);
        var changed = new List<ChangedField>();
        foreach (var property in typeof(TInput).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<DisplayAttribute>()?.Name is not { } label)
            {
                continue;
            }

            var yours = Shown(property.GetValue(typed), text);
            var now = Shown(property.GetValue(saved), text);
            if (!string.Equals(yours, now, StringComparison.Ordinal))
            {
                var prefix = property.GetCustomAttribute<ShownAsAttribute>()?.Prefix;
                changed.Add(new ChangedField(text[label], Named(now, prefix, text, names), Named(yours, prefix, text, names)));
            }
        }

        return changed;
    }

    private static string Named(string value, string? prefix, IStringLocalizer<Text> text, IReadOnlyDictionary<string, string>? names)
    {
        if (value.Length == 0)
        {
            return value;
        }

        if (names?.GetValueOrDefault(value) is { } name)
        {
            return name;
        }

        var shown = prefix is null ? null : text[$"{prefix}.{string.Concat(value.Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]))}"];
        return shown is { ResourceNotFound: false } ? shown.Value : value;
    }

    // Browsers post line breaks as CRLF; a value nobody changed must not count as changed.
    private static string Shown(object? value, IStringLocalizer<Text> text) => value switch
    {
        null => "",
        bool b => text[b ? "Edit.Yes" : "Edit.No"],
        string s => s.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(),
        IEnumerable items => string.Join("\n", items.Cast<object?>().Select(i => Shown(i, text)).Where(i => i.Length > 0)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
