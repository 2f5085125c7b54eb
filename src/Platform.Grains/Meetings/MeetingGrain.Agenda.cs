namespace Platform.Grains.Meetings;

public sealed partial class MeetingGrain
{
    public async Task<MeetingState> SetAgendaAsync(SetAgenda command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        Persistence.EditVersion.Require(command.ExpectedVersion, current.EditVersion, "meeting", id.ToString("D"));
        var kept = current.Agenda.ToDictionary(a => a.Id);
        var items = new List<AgendaItem>();
        foreach (var line in command.Lines)
        {
            items.Add(await ItemAsync(current, line, kept));
        }

        if (items.Select(i => i.Id).Distinct().Count() != items.Count)
        {
            throw RuleException.Of(MeetingRule.AgendaItemRepeated);
        }

        var removed = current.Agenda.Where(a => !items.Any(i => i.Id == a.Id)).ToList();
        foreach (var item in removed)
        {
            // Notes and outcomes hang on the item; removing it would lose the record (or break its foreign keys).
            if (await store.AgendaItemHasRecordAsync(item.Id))
            {
                throw RuleException.Of(MeetingRule.AgendaItemHasRecord);
            }
        }

        var now = time.GetUtcNow();
        var writes = removed.Select(a => MeetingStore.DeleteAgendaItem(id, a.Id)).ToList();
        writes.AddRange(items.Select((item, position) => kept.ContainsKey(item.Id)
            ? MeetingStore.UpdateAgendaItem(id, position, item)
            : MeetingStore.InsertAgendaItem(id, position, item, now)));
        var next = current with { Agenda = items, Sequence = current.Sequence + 1, Version = current.Version + 1 };
        return await UpdateAsync(current, next, writes,
            new NewJournalEntry(next.GroupId, "agenda_item", id.ToString("D"), "agenda_set", command.ActorId, $"Agenda set ({items.Count} items)"),
            e => new AgendaChanged(next.GroupId, id, e.Seq),
            mail: await NoticeAsync(next, Mail.MailRequestKind.MeetingAgendaChanged));
    }

    private async Task<AgendaItem> ItemAsync(MeetingState meeting, AgendaLine line, Dictionary<Guid, AgendaItem> kept)
    {
        var title = line.Title?.Trim() ?? "";
        if (title.Length is 0 or > 200)
        {
            throw RuleException.Of(title.Length == 0 ? MeetingRule.AgendaTitleRequired : MeetingRule.AgendaTitleTooLong, "Title");
        }

        if (line.MinutesAllotted is <= 0 or > 1440)
        {
            throw RuleException.Of(MeetingRule.MinutesInvalid, "Minutes");
        }

        Guid? organisation = null;
        if (!string.IsNullOrEmpty(line.PresenterUserId))
        {
            // The presenter speaks for the organisation of their seat in this group, now.
            organisation = await store.SeatAsync(meeting.GroupId, line.PresenterUserId) ?? throw RuleException.Of(MeetingRule.PresenterNotMember, "Presenter");
        }

        var existing = line.Id is { } itemId ? kept.GetValueOrDefault(itemId) ?? throw RuleException.Of(MeetingRule.AgendaItemUnknown) : null;
        // A new link must name an open incident of this group; a link already made stays when the incident closes.
        if (line.IncidentId is { } incident && incident != existing?.IncidentId
            && !await store.IncidentOpenInGroupAsync(meeting.GroupId, incident))
        {
            throw RuleException.Of(MeetingRule.AgendaIncidentUnknown, "Incident");
        }

        return new AgendaItem(
            existing?.Id ?? Guid.NewGuid(),
            title,
            string.IsNullOrEmpty(line.PresenterUserId) ? null : line.PresenterUserId,
            organisation,
            line.MinutesAllotted,
            existing?.CarriedFromId ?? line.CarriedFromId,
            line.IncidentId);
    }

    public async Task<MeetingResponse> RespondAsync(RespondToMeeting command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await ExistingAsync();
        if (!Enum.IsDefined(command.Response))
        {
            throw RuleException.Of(MeetingRule.ResponseInvalid, "Response");
        }

        var seat = await store.SeatAsync(current.GroupId, command.UserId) ?? throw RuleException.Of(MeetingRule.NotInvited);
        var delegateId = string.IsNullOrEmpty(command.DelegateUserId) ? null : command.DelegateUserId;
        if (delegateId is not null
            && (delegateId == command.UserId || await store.SeatAsync(current.GroupId, delegateId) != seat))
        {
            throw RuleException.Of(MeetingRule.DelegateOtherOrganisation, "Delegate");
        }

        var response = new MeetingResponse(command.UserId, command.Response, delegateId, time.GetUtcNow());

        // Answers are not a calendar change: the version moves, the iCalendar sequence does not.
        var next = current with { Version = current.Version + 1 };
        await UpdateAsync(current, next, [MeetingStore.UpsertResponse(id, response)],
            new NewJournalEntry(current.GroupId, "meeting", id.ToString("D"), "responded", command.UserId, $"Answered {Storage.EnumText.ToText(command.Response)}"),
            e => new MeetingResponded(current.GroupId, id, command.UserId, e.Seq));
        return response;
    }
}
