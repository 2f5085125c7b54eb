namespace Platform.Web.Components;

/// <summary>
/// Where a rule refusal is shown and in which words, for every concept: a code reads as <c>&lt;Enum&gt;.&lt;Code&gt;</c>
/// (<c>MeetingRule.TitleRequired</c>) in the reader's language.
/// </summary>
public static class Refusals
{
    public static string Message(IStringLocalizer<Text> text, Enum code)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(code);
        return text[$"{code.GetType().Name}.{code}"];
    }

    /// <summary>
    /// Puts the refusal beside <paramref name="formField"/> when the form has one for it and returns null; otherwise
    /// returns the message for the top of the page.
    /// </summary>
    public static string? Place(RuleException refusal, string? formField, FieldErrors errors, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(errors);
        var message = Message(text, refusal.Reason);
        if (formField is { Length: > 0 })
        {
            errors.Add(formField, message);
            return null;
        }

        return message;
    }
}
