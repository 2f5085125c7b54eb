namespace Platform.Web.Accounts;

/// <summary>Validation messages by form field name, already in the reader's language.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> messages = new(StringComparer.Ordinal);

    public bool Any => messages.Count > 0;

    public string? this[string field] => messages.GetValueOrDefault(field);

    /// <summary>Keeps the first message per field: one clear problem at a time reads better than a list.</summary>
    public void Add(string field, string message) => messages.TryAdd(field, message);
}
