namespace Platform.Grains.MeetingRecords;

/// <summary>Lifting a restriction: the one way a restricted note or outcome becomes readable by observers.</summary>
public sealed partial class MeetingRecordGrain
{
    public async Task<MeetingRecordState> LiftRestrictionAsync(LiftRestriction command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        var next = Next(current);
        StateWrite write;
        string kind;
        if (current.Notes.FirstOrDefault(n => n.Id == command.PartId) is { } note)
        {
            RequireRestricted(note.Restricted);
            var changed = note with { Restricted = false };
            (next, write, kind) = (next with { Notes = [.. current.Notes.Select(n => n == note ? changed : n)] }, MeetingRecordStore.ChangedNote(id, changed), "note");
        }
        else if (current.Outcomes.FirstOrDefault(o => o.Id == command.PartId) is { } outcome)
        {
            RequireRestricted(outcome.Restricted);
            var changed = outcome with { Restricted = false };
            (next, write, kind) = (next with { Outcomes = [.. current.Outcomes.Select(o => o == outcome ? changed : o)] }, MeetingRecordStore.ChangedOutcome(id, changed), "outcome");
        }
        else
        {
            throw RuleException.Of(RecordRule.PartUnknown);
        }

        // The journal names the part, never its text: the summary is readable by everyone who reads the journal.
        if (!current.IsPublished)
        {
            return await CommitAsync(current, next, [write], "restriction_lifted", command.ActorId, $"Restriction lifted from {kind} {command.PartId:D}");
        }

        // Published revisions are snapshots, so observers read the part only in a new revision, which says why.
        next = next with { Revision = current.Revision + 1 };
        return await PublishRevisionAsync(current, next, [write], Reason(command.Reason), command.ActorId, "restriction_lifted",
            $"Restriction lifted from {kind} {command.PartId:D} (revision {next.Revision})");
    }

    private static void RequireRestricted(bool restricted)
    {
        if (!restricted)
        {
            throw RuleException.Of(RecordRule.NotRestricted);
        }
    }

    private static string Reason(string? reason)
    {
        var trimmed = reason?.Trim() ?? "";
        return trimmed.Length switch
        {
            0 => throw RuleException.Of(RecordRule.ReasonRequired),
            > MaxTextLength => throw RuleException.Of(RecordRule.TextTooLong),
            _ => trimmed,
        };
    }
}
