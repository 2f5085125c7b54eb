namespace Platform.Grains.Incidents;

/// <summary>The case handled: assessed, shared, referred and answered, remediated, closed and reopened.</summary>
public sealed partial class IncidentGrain
{
    public async Task<IncidentState> AssessAsync(AssessIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, sight, group) = await HandledAsync(command.ActorId, command.ExpectedVersion);
        if (current.Status == IncidentStatus.Closed)
        {
            throw RuleException.Of(IncidentRule.Transition);
        }

        // Who is alleged and how many were affected belong to the case's people: someone who sees it without them (security
        // forces, an alleged organisation; their view holds no counts) neither rewrites nor zeroes them.
        if ((command.Alleged is not null || command.Affected is not null) && sight != IncidentSight.Details)
        {
            throw RuleException.Of(IncidentRule.PartiesNotAllowed);
        }

        var severity = IncidentRules.Severity(command.Severity);
        var next = current with
        {
            Severity = severity,
            Kind = command.Kind ?? current.Kind,
            Affected = command.Affected is null ? current.Affected : IncidentRules.Affected(command.Affected),
        };
        var writes = new List<StateWrite>();

        if (command.Alleged is { } alleged)
        {
            var list = IncidentRules.Alleged(alleged);
            writes.AddRange(current.Alleged.Select((_, i) => IncidentStore.DeleteAlleged(id, i + 1)));
            writes.AddRange(list.Select((a, i) => IncidentStore.InsertAlleged(id, i + 1, a)));
            next = next with { Alleged = list };
        }

        var assessing = current.Status == IncidentStatus.Received;
        if (assessing)
        {
            next = next with { Status = IncidentStatus.Assessed };
            writes.Add(IncidentStore.InsertStep(id, NextStep(current, IncidentStepStatus.Assessed, command.ActorId, group), null));
        }

        return await CommitAsync(current, next, writes, command.ActorId, assessing ? "assessed" : "reassessed");
    }

    public async Task<IncidentState> ShareAsync(ShareIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _) = await DetailedAsync(command.ActorId, command.ExpectedVersion);
        var summary = IncidentRules.Optional(command.Summary, IncidentRules.SummaryMax, IncidentRule.SummaryTooLong, "Summary");
        return await CommitAsync(current, current with { SharedSummary = summary }, [], command.ActorId, summary is null ? "unshared" : "shared");
    }

    public async Task<IncidentState> ReferAsync(ReferIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _, group) = await HandledAsync(command.ActorId, command.ExpectedVersion);
        if (current.Status is IncidentStatus.Received or IncidentStatus.Closed)
        {
            throw RuleException.Of(IncidentRule.Transition);
        }

        switch (await store.AuthorityActiveAsync(current.GroupId, command.AuthorityId))
        {
            case null:
                throw RuleException.Of(IncidentRule.AuthorityNotFound, "Authority");
            case false:
                throw RuleException.Of(IncidentRule.AuthorityInactive, "Authority");
        }

        if (command.ReferredOn > Today(group.Zone))
        {
            throw RuleException.Of(IncidentRule.ReferredFuture, "ReferredOn");
        }

        var days = command.FollowUpDays ?? group.FollowUpDays;
        if (days is < 1 or > IncidentRules.FollowUpDaysMax)
        {
            throw RuleException.Of(IncidentRule.FollowUpDays, "FollowUpDays");
        }

        var reference = IncidentRules.Optional(command.Reference, IncidentRules.ReferenceMax, IncidentRule.ReferenceTooLong, "Reference");
        var referral = new IncidentReferral(Guid.NewGuid(), command.AuthorityId, command.ReferredOn, reference, days, command.ReferredOn.PlusDays(days), null);
        var writes = new List<StateWrite> { IncidentStore.InsertReferral(id, referral) };
        var next = current with { ReferredOn = current.ReferredOn ?? command.ReferredOn };
        if (current.Status == IncidentStatus.Assessed)
        {
            next = next with { Status = IncidentStatus.Referred };
            writes.Add(IncidentStore.InsertStep(id, NextStep(current, IncidentStepStatus.Referred, command.ActorId, group), null));
        }

        return await CommitAsync(current, next, writes, command.ActorId, "referred");
    }

    public async Task<IncidentState> RecordAnswerAsync(RecordReferralAnswer command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _, group) = await HandledAsync(command.ActorId);
        var referral = current.Referrals.FirstOrDefault(r => r.Id == command.ReferralId) ?? throw RuleException.Of(IncidentRule.ReferralNotFound);
        if (referral.Answered)
        {
            throw RuleException.Of(IncidentRule.ReferralAnswered);
        }

        if (command.AnsweredOn < referral.ReferredOn)
        {
            throw RuleException.Of(IncidentRule.AnsweredBeforeReferral, "AnsweredOn");
        }

        if (command.AnsweredOn > Today(group.Zone))
        {
            throw RuleException.Of(IncidentRule.ReferredFuture, "AnsweredOn");
        }

        var note = IncidentRules.Optional(command.Note, IncidentRules.NoteMax, IncidentRule.NoteTooLong, "Note");
        var sealedNote = note is null ? null : IncidentVault.Seal(await KeyAsync(), id, $"referral:{referral.Id:D}:note", note);
        return await CommitAsync(current, current, [IncidentStore.Answer(id, referral.Id, command.AnsweredOn, sealedNote)], command.ActorId, "referral_answered");
    }

    public async Task<IncidentState> StartRemediationAsync(StartRemediation command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _, group) = await HandledAsync(command.ActorId, command.ExpectedVersion);
        if (current.Status is not (IncidentStatus.Assessed or IncidentStatus.Referred))
        {
            throw RuleException.Of(IncidentRule.Transition);
        }

        var step = NextStep(current, IncidentStepStatus.InRemediation, command.ActorId, group);
        return await CommitAsync(current, current with { Status = IncidentStatus.InRemediation }, [IncidentStore.InsertStep(id, step, null)], command.ActorId, "in_remediation");
    }

    public async Task<IncidentState> CloseAsync(CloseIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _, group) = await HandledAsync(command.ActorId, command.ExpectedVersion);
        if (current.Status == IncidentStatus.Closed)
        {
            throw RuleException.Of(IncidentRule.Transition);
        }

        var reason = IncidentRules.Reason(command.Reason);
        var step = NextStep(current, IncidentStepStatus.Closed, command.ActorId, group) with { HasReason = true };
        var sealedReason = IncidentVault.Seal(await KeyAsync(), id, $"step:{step.Position}:reason", reason);
        var next = current with
        {
            Status = IncidentStatus.Closed,
            Closure = command.Closure,
            ClosedOn = step.On,
            RetainUntil = step.On.PlusDays(group.RetentionDays),
        };
        return await CommitAsync(current, next, [IncidentStore.InsertStep(id, step, sealedReason)], command.ActorId, "closed");
    }

    public async Task<IncidentState> ReopenAsync(ReopenIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (current, _, group) = await HandledAsync(command.ActorId, command.ExpectedVersion);
        if (current.Status != IncidentStatus.Closed)
        {
            throw RuleException.Of(IncidentRule.Transition);
        }

        var reason = IncidentRules.Reason(command.Reason);
        var step = NextStep(current, IncidentStepStatus.Reopened, command.ActorId, group) with { HasReason = true };
        var sealedReason = IncidentVault.Seal(await KeyAsync(), id, $"step:{step.Position}:reason", reason);
        var next = current with { Status = IncidentStatus.Assessed, Closure = null, ClosedOn = null, RetainUntil = null };
        return await CommitAsync(current, next, [IncidentStore.InsertStep(id, step, sealedReason)], command.ActorId, "reopened");
    }
}
