namespace Platform.Web.MeetingRecords;

/// <summary>Attendance of every member in one post: one row per member, hidden user id plus a status select.</summary>
public sealed class AttendanceInput
{
    public List<AttendanceRowInput> Rows { get; set; } = [];
}

public sealed class AttendanceRowInput
{
    public string UserId { get; set; } = "";

    public string Status { get; set; } = "";
}

public sealed class GuestInput
{
    public string Name { get; set; } = "";

    public string Organisation { get; set; } = "";

    public string Status { get; set; } = "present";
}

/// <summary>Reached / not reached per agenda item, in one post; an empty value leaves the item as it is.</summary>
public sealed class AgendaInput
{
    public List<AgendaRowInput> Rows { get; set; } = [];
}

public sealed class AgendaRowInput
{
    public string ItemId { get; set; } = "";

    public string Status { get; set; } = "";
}

public sealed class NoteInput
{
    public string AgendaItemId { get; set; } = "";

    public string Text { get; set; } = "";

    public bool Restricted { get; set; }
}

public sealed class OutcomeInput
{
    public string AgendaItemId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Text { get; set; } = "";

    public bool Restricted { get; set; }
}

/// <summary>A change to one note or outcome: on the run page an edit, on a published record a correction with a reason.</summary>
public sealed class PartEditInput
{
    public string PartId { get; set; } = "";

    [Display(Name = "Run.NewText")]
    public string Text { get; set; } = "";

    [Display(Name = "Run.Restricted")]
    public bool Restricted { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>Only when correcting: the revision the form showed (a hidden field).</summary>
    public long Version { get; set; }
}

/// <summary>The confirmed lifting of one part's restriction; the reason is asked once the record is published.</summary>
/// <summary>Sent only by the publish confirmation page's "yes" form; the grain refuses to publish without it.</summary>
public sealed class PublishInput
{
    public bool Confirmed { get; set; }
}

public sealed class LiftInput
{
    public string PartId { get; set; } = "";

    public string Reason { get; set; } = "";
}

/// <summary>Marks the notification named by the pressed button read.</summary>
public sealed class ReadInput
{
    public string Id { get; set; } = "";
}

/// <summary>The revision the person saw when they pressed "acknowledge" (the grain acknowledges the latest).</summary>
public sealed class AcknowledgeInput
{
    public int Revision { get; set; }
}

/// <summary>Issue 15: corrected attendance and agenda statuses of a published record, with the reason and the revision shown.</summary>
public sealed class StatusCorrectionInput
{
    public List<AttendanceCorrectionRow> Attendance { get; set; } = [];

    public List<AgendaRowInput> Agenda { get; set; } = [];

    public string Reason { get; set; } = "";

    public long Version { get; set; }
}

/// <summary>One attendance row (a member's or a guest's) by its id, with the status chosen.</summary>
public sealed class AttendanceCorrectionRow
{
    public string Id { get; set; } = "";

    public string Status { get; set; } = "";
}
