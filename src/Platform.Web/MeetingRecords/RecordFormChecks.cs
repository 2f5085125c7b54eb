using Microsoft.Extensions.Localization;
using Platform.Grains.MeetingRecords;
using Platform.Web.Accounts;
using Platform.Messages.Localization;

namespace Platform.Web.MeetingRecords;

/// <summary>Places a record refusal next to the field it is about, in the reader's language.</summary>
public static class RecordFormChecks
{
    /// <summary>The field a refusal code belongs to in a form whose fields start with <paramref name="prefix"/>, or null for the page.</summary>
    public static string? FieldOf(string code, string prefix) => code switch
    {
        "TextRequired" or "TextTooLong" => $"{prefix}.Text",
        "AgendaItemUnknown" => $"{prefix}.AgendaItemId",
        "KindInvalid" => $"{prefix}.Kind",
        "GuestNameRequired" => $"{prefix}.Name",
        "GuestOrganisationRequired" => $"{prefix}.Organisation",
        "PartUnknown" or "NoteUnknown" or "OutcomeUnknown" => $"{prefix}.PartId",
        "ReasonRequired" => $"{prefix}.Reason",
        _ => null,
    };

    public static string Message(IStringLocalizer<Text> text, string code)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"RecordRule.{code}"];
    }

    /// <summary>Adds the refusal to <paramref name="errors"/> when it has a field; returns the page-level message otherwise.</summary>
    public static string? Place(RecordRuleException refusal, string prefix, FieldErrors errors, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(errors);
        var message = Message(text, refusal.Code);
        if (FieldOf(refusal.Code, prefix) is { } field)
        {
            errors.Add(field, message);
            return null;
        }

        return message;
    }
}
