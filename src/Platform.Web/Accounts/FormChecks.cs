using System.Net.Mail;

namespace Platform.Web.Accounts;

/// <summary>The field checks the account forms share; each adds a message in the reader's language.</summary>
public static class FormChecks
{
    public const int MaxNameLength = 100;

    public const int MaxEmailLength = 254;

    public static void Email(FieldErrors errors, IStringLocalizer<Text> text, string field, string? value)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(field, text["Account.EmailRequired"]);
        }
        else if (trimmed.Length > MaxEmailLength || !MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed)
        {
            errors.Add(field, text["Account.EmailInvalid"]);
        }
    }

    public static void DisplayName(FieldErrors errors, IStringLocalizer<Text> text, string field, string? value)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(field, text["Account.NameRequired"]);
        }
        else if (trimmed.Length > MaxNameLength)
        {
            errors.Add(field, text["Account.NameTooLong", MaxNameLength]);
        }
    }

    public static void Required(FieldErrors errors, IStringLocalizer<Text> text, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(field, text["Account.PasswordRequired"]);
        }
    }

    public static void Confirmation(FieldErrors errors, IStringLocalizer<Text> text, string field, string? password, string? confirmation)
    {
        if (!string.Equals(password, confirmation, StringComparison.Ordinal))
        {
            errors.Add(field, text["Account.PasswordsDiffer"]);
        }
    }
}
