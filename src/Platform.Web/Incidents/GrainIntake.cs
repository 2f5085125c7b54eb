namespace Platform.Web.Incidents;

/// <summary>
/// The public intake over the incident grain. The report is recorded by the grain with the code's lookup and slow hash
/// (never the code); every call with a code finds its report through <see cref="ReceiptStore"/> first, so a code opens
/// only its own report.
/// </summary>
public sealed class GrainIntake(IGrainFactory grains, IntakeQueries queries, ReceiptStore receipts) : IPublicIntake
{
    public Task<IReadOnlyList<IntakeGroup>> OpenGroupsAsync(CancellationToken cancellationToken) => queries.OpenGroupsAsync(cancellationToken);

    public Task<IntakeGroup?> OpenGroupAsync(Guid groupId, CancellationToken cancellationToken) => queries.OpenGroupAsync(groupId, cancellationToken);

    public async Task<IntakeOutcome> ReportAsync(Guid groupId, Guid incidentId, PublicReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var code = ReceiptCode.New();
        var command = new ReportIncident(
            groupId,
            IncidentChannel.WebForm,
            null,
            report.Kind,
            report.Narrative,
            report.Place is null ? null : new IncidentPlace(report.Place, null, null),
            report.From,
            report.To,
            [.. report.Involved.Select(type => new AllegedParty(null, type))],
            report.Affected,
            report.Identity,
            null,
            new IncidentReceipt(code.Lookup, code.Hash()));
        try
        {
            // One grain per form: a second send of the same form waits for the first, then finds the incident made.
            await grains.GetGrain<IIncidentGrain>(incidentId).ReportAsync(command);
        }
        catch (RuleException<IncidentRule> refused) when (refused.Code is IncidentRule.IntakeClosed or IncidentRule.NotFound)
        {
            return IntakeOutcome.Closed;
        }
        catch (RuleException<IncidentRule> refused) when (refused.Code is IncidentRule.AlreadyExists)
        {
            return IntakeOutcome.Received;
        }

        return new IntakeOutcome(code, false);
    }

    public async Task<ReporterCase?> OpenAsync(ReceiptCode code, CancellationToken cancellationToken) =>
        await receipts.FindAsync(code, cancellationToken) is { } id ? await CaseAsync(grains.GetGrain<IIncidentGrain>(id)) : null;

    public async Task<ReporterCase?> AddInformationAsync(ReceiptCode code, string text, CancellationToken cancellationToken)
    {
        if (await receipts.FindAsync(code, cancellationToken) is not { } id)
        {
            return null;
        }

        var incident = grains.GetGrain<IIncidentGrain>(id);
        await incident.AddMessageAsync(new AddIncidentMessage(text, null));
        return await CaseAsync(incident);
    }

    public async Task<ReporterCase?> RevealIdentityAsync(ReceiptCode code, NewIdentity identity, CancellationToken cancellationToken)
    {
        if (await receipts.FindAsync(code, cancellationToken) is not { } id)
        {
            return null;
        }

        var incident = grains.GetGrain<IIncidentGrain>(id);
        await incident.RevealIdentityAsync(new RevealIdentity(identity));
        return await CaseAsync(incident);
    }

    private static async Task<ReporterCase?> CaseAsync(IIncidentGrain incident)
    {
        var view = await incident.ReporterViewAsync();

        // How a closed case ended is in the state, not the reporter's view; the reporter reads it in plain words.
        var closure = view.Status == IncidentStatus.Closed ? (await incident.GetAsync())?.Closure : null;
        return new ReporterCase(
            view.Status,
            closure,
            view.ReceivedOn,
            [.. view.Messages.OrderBy(m => m.Position).Select(m => new ReporterMessage(m.FromReporter, m.WrittenOn, m.Body))],
            view.IdentityRevealed);
    }
}
