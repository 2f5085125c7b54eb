namespace Platform.Web.Incidents;

/// <summary>
/// The public intake as its pages use it: the groups that take reports, a new report (answered with its receipt code,
/// shown once), and what a receipt code opens. A code opens only its own report; every call with a code checks it again.
/// </summary>
public interface IPublicIntake
{
    Task<IReadOnlyList<IntakeGroup>> OpenGroupsAsync(CancellationToken cancellationToken);

    Task<IntakeGroup?> OpenGroupAsync(Guid groupId, CancellationToken cancellationToken);

    /// <summary>
    /// Records the report in <paramref name="groupId"/>'s register as incident <paramref name="incidentId"/> (from the
    /// form's <see cref="ReportOnce"/> token) and returns its receipt code; <see cref="IntakeOutcome.Closed"/> when the
    /// group's intake is not open, <see cref="IntakeOutcome.AlreadyReceived"/> when that form was sent before.
    /// </summary>
    Task<IntakeOutcome> ReportAsync(Guid groupId, Guid incidentId, PublicReport report, CancellationToken cancellationToken);

    /// <summary>The case <paramref name="code"/> opens, or null.</summary>
    Task<ReporterCase?> OpenAsync(ReceiptCode code, CancellationToken cancellationToken);

    /// <summary>Adds what the reporter wrote to the case; null when the code opens nothing.</summary>
    Task<ReporterCase?> AddInformationAsync(ReceiptCode code, string text, CancellationToken cancellationToken);

    /// <summary>Gives the case handlers the reporter's name and contact, sealed; one-way. Null when the code opens nothing.</summary>
    Task<ReporterCase?> RevealIdentityAsync(ReceiptCode code, NewIdentity identity, CancellationToken cancellationToken);
}

/// <summary>What became of a report sent through the public form: its receipt code, or why there is none.</summary>
public sealed record IntakeOutcome(ReceiptCode? Code, bool AlreadyReceived)
{
    public static readonly IntakeOutcome Closed = new(null, false);

    public static readonly IntakeOutcome Received = new(null, true);
}
