using Platform.Grains.Notifications;

namespace Platform.Grains.MeetingRecords;

/// <summary>Attendance, publishing, corrections and acknowledgements.</summary>
public sealed partial class MeetingRecordGrain
{
    public async Task<MeetingRecordState> RecordAttendanceAsync(RecordAttendance command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await RunningAsync();
        var seats = (await store.ParticipantsAsync(current.GroupId)).ToDictionary(p => p.Participant.UserId);
        var attendance = current.Attendance.ToList();
        var writes = new List<StateWrite>();
        foreach (var member in command.Members.DistinctBy(m => m.UserId))
        {
            RequireStatus(member.Status);
            var (participant, organisationId) = seats.TryGetValue(member.UserId, out var seat) ? seat : throw RuleException.Of(RecordRule.PersonNotInvited);
            var existing = attendance.FindIndex(a => a.UserId == member.UserId);
            var entry = new AttendanceEntry(existing >= 0 ? attendance[existing].Id : Guid.NewGuid(), member.UserId, organisationId, participant.Name, participant.Organisation, member.Status);
            if (existing >= 0)
            {
                attendance[existing] = entry;
            }
            else
            {
                attendance.Add(entry);
            }

            writes.Add(MeetingRecordStore.Attendance(id, entry));
        }

        foreach (var guest in command.NewGuests)
        {
            RequireStatus(guest.Status);
            var entry = new AttendanceEntry(Guid.NewGuid(), null, null, Name(guest.Name, RecordRule.GuestNameRequired), Name(guest.Organisation, RecordRule.GuestOrganisationRequired), guest.Status);
            attendance.Add(entry);
            writes.Add(MeetingRecordStore.Attendance(id, entry));
        }

        if (writes.Count == 0)
        {
            return current;
        }

        var next = Next(current) with { Attendance = attendance };
        return await CommitAsync(current, next, writes, "attendance_recorded", command.ActorId,
            $"Attendance recorded ({command.Members.Count} members, {command.NewGuests.Count} guests added)");
    }

    public async Task<MeetingRecordState> PublishAsync(PublishRecord command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await RunningAsync();

        // Publishing notifies every participant and cannot be undone: every path needs the confirmation.
        if (!command.Confirmed)
        {
            throw RuleException.Of(RecordRule.NotConfirmed);
        }

        var next = Next(current) with { Revision = 1 };
        return await PublishRevisionAsync(current, next, [], null, command.ActorId, "published", "Record published (revision 1)");
    }

    public async Task<MeetingRecordState> CorrectAsync(CorrectRecord command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        if (!current.IsPublished)
        {
            throw RuleException.Of(RecordRule.NotPublished);
        }

        EditVersion.Require(command.ExpectedVersion, current.Revision, "meeting_record", id.ToString("D"));
        var reason = Reason(command.Reason);
        var next = Next(current) with { Revision = current.Revision + 1 };
        var writes = new List<StateWrite>();
        foreach (var edit in command.Edits)
        {
            (next, var write) = Apply(next, edit);
            writes.Add(write);
        }

        (next, var statuses) = ApplyStatuses(next, command);
        writes.AddRange(statuses);

        // A status set to what it already was writes nothing; with no other edit there is nothing to publish.
        if (writes.Count == 0)
        {
            throw RuleException.Of(RecordRule.NothingToCorrect);
        }

        return await PublishRevisionAsync(current, next, writes, reason, command.ActorId, "corrected", $"Record corrected (revision {next.Revision})");
    }

    public async Task<MeetingRecordState> AcknowledgeAsync(AcknowledgeRecord command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        if (!current.IsPublished)
        {
            throw RuleException.Of(RecordRule.NotPublished);
        }

        if (command.Revision != current.Revision)
        {
            throw RuleException.Of(RecordRule.RevisionOutdated);
        }

        var snapshot = await store.SnapshotAsync(id, current.Revision) ?? throw RuleException.Of(RecordRule.NotPublished);
        if (snapshot.Participants.All(p => p.UserId != command.UserId))
        {
            throw RuleException.Of(RecordRule.NotParticipant);
        }

        if (await store.AcknowledgedAsync(id, current.Revision, command.UserId))
        {
            return current;
        }

        var next = Next(current);
        var revision = current.Revision;
        return await CommitAsync(current, next, [MeetingRecordStore.Acknowledgement(id, revision, command.UserId, time.GetUtcNow())], "acknowledged", command.UserId,
            $"Revision {revision} acknowledged", entry => new RecordAcknowledged(current.GroupId, id, revision, command.UserId, entry.Seq));
    }

    private async Task<MeetingRecordState> PublishRevisionAsync(
        MeetingRecordState current, MeetingRecordState next, List<StateWrite> writes, string? reason, string actor, string action, string summary)
    {
        var participants = await store.ParticipantsAsync(current.GroupId);
        var snapshot = RecordSnapshot.Of(next, [.. participants.Select(p => p.Participant)]);
        var now = time.GetUtcNow();
        writes.Add(MeetingRecordStore.Revision(id, next.Revision, now, actor, reason, snapshot));
        var link = $"/groups/{current.GroupId:D}/meetings/{id:D}/record";
        var key = next.Revision == 1 ? "Notification.RecordPublished" : "Notification.RecordCorrected";
        writes.AddRange(participants.Select(p => NotificationStore.Insert(new Notification(
            Guid.NewGuid(), p.Participant.UserId, current.GroupId, "meeting_record", key, [current.Title, next.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)], link, now, null))));
        var recipients = participants.Select(p => p.Participant.UserId).ToList();
        return await CommitAsync(current, next, writes, action, actor, summary,
            entry => new RecordPublished(current.GroupId, id, next.Revision, recipients, entry.Seq),
            new MailRequest(MailRequestKind.RecordPublished, current.GroupId, id.ToString("D"), next.Revision));
    }

    private (MeetingRecordState Next, StateWrite Write) Apply(MeetingRecordState next, RecordEdit edit)
    {
        if (next.Notes.FirstOrDefault(n => n.Id == edit.Id) is { } note)
        {
            var changed = note with { Text = Text(edit.Text), Restricted = Kept(note.Restricted, edit.Restricted) };
            return (next with { Notes = [.. next.Notes.Select(n => n == note ? changed : n)] }, MeetingRecordStore.ChangedNote(id, changed));
        }

        if (next.Outcomes.FirstOrDefault(o => o.Id == edit.Id) is { } outcome)
        {
            var changed = outcome with { Text = Text(edit.Text), Restricted = Kept(outcome.Restricted, edit.Restricted) };
            return (next with { Outcomes = [.. next.Outcomes.Select(o => o == outcome ? changed : o)] }, MeetingRecordStore.ChangedOutcome(id, changed));
        }

        throw RuleException.Of(RecordRule.PartUnknown);
    }

    private static void RequireStatus(AttendanceStatus status)
    {
        if (!Enum.IsDefined(status))
        {
            throw RuleException.Of(RecordRule.StatusInvalid);
        }
    }

    private static string Name(string? value, RecordRule code)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length is > 0 and <= MaxNameLength ? trimmed : throw RuleException.Of(code);
    }
}
