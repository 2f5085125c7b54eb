namespace Platform.Grains.Incidents;

// The shapes of the public intake (issue 14): what the web form yields and what a receipt code opens. They live beside
// the grain's own records because they carry days, which only the viewer's clock turns into text on a page.

/// <summary>What a person reported through the public form, checked; nothing about them but what they chose to give.</summary>
/// <param name="Identity">Name and how to reach them, only when they chose to give it (sealed, shown only to the case handlers).</param>
public sealed record PublicReport(
    IncidentKind Kind,
    string Narrative,
    string? Place,
    LocalDate? From,
    LocalDate? To,
    IReadOnlyList<StakeholderType> Involved,
    AffectedCounts Affected,
    NewIdentity? Identity);

/// <summary>What a reporter reads with their receipt code: where the case stands and the messages, in days only.</summary>
public sealed record ReporterCase(IncidentStatus Status, IncidentClosure? Closure, LocalDate ReceivedOn, IReadOnlyList<ReporterMessage> Messages, bool IdentityGiven);

/// <summary>One message between the reporter and the case handlers; the handler is never named.</summary>
public sealed record ReporterMessage(bool FromReporter, LocalDate WrittenOn, string Body);

