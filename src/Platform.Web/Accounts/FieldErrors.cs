namespace Platform.Web.Accounts;

/// <summary>Validation messages by form field name, already in the reader's language, in the order they were found.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> messages = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, string>> ordered = [];

    public bool Any => messages.Count > 0;

    public string? this[string field] => messages.GetValueOrDefault(field);

    /// <summary>Every field's message in the order found (the order of the form), for an error summary.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> All => ordered;

    /// <summary>Keeps the first message per field: one clear problem at a time reads better than a list.</summary>
    public void Add(string field, string message)
    {
        if (messages.TryAdd(field, message))
        {
            ordered.Add(new(field, message));
        }
    }
}
