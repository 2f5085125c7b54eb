using Platform.Grains.Incidents;

namespace Platform.Web.Incidents;

/// <summary>The public intake over the incident grain: the report is recorded by the grain, the code found by its hash.</summary>
public sealed class GrainIntake(IntakeQueries queries, ReceiptStore receipts) : IPublicIntake
{
    public Task<IReadOnlyList<IntakeGroup>> OpenGroupsAsync(CancellationToken cancellationToken) => queries.OpenGroupsAsync(cancellationToken);

    public Task<IntakeGroup?> OpenGroupAsync(Guid groupId, CancellationToken cancellationToken) => queries.OpenGroupAsync(groupId, cancellationToken);

    public Task<ReceiptCode?> ReportAsync(Guid groupId, PublicReport report, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Waiting for the incident grain.");

    public async Task<ReporterCase?> OpenAsync(ReceiptCode code, CancellationToken cancellationToken) =>
        await receipts.FindAsync(code, cancellationToken) is null ? null : throw new NotSupportedException("Waiting for the incident grain.");

    public Task<ReporterCase?> AddInformationAsync(ReceiptCode code, string text, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Waiting for the incident grain.");

    public Task<ReporterCase?> RevealIdentityAsync(ReceiptCode code, string identity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Waiting for the incident grain.");
}
