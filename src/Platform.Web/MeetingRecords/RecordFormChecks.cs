namespace Platform.Web.MeetingRecords;

/// <summary>Places a record refusal next to the field it is about, in the reader's language.</summary>
public static class RecordFormChecks
{
    /// <summary>The field a refusal code belongs to in a form whose fields start with <paramref name="prefix"/>, or null for the page.</summary>
    public static string? FieldOf(RecordRule code, string prefix) => code switch
    {
        RecordRule.TextRequired or RecordRule.TextTooLong => $"{prefix}.Text",
        RecordRule.AgendaItemUnknown => $"{prefix}.AgendaItemId",
        RecordRule.KindInvalid => $"{prefix}.Kind",
        RecordRule.GuestNameRequired => $"{prefix}.Name",
        RecordRule.GuestOrganisationRequired => $"{prefix}.Organisation",
        RecordRule.PartUnknown or RecordRule.NoteUnknown or RecordRule.OutcomeUnknown => $"{prefix}.PartId",
        RecordRule.ReasonRequired => $"{prefix}.Reason",
        _ => null,
    };
}
