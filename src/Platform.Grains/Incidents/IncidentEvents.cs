namespace Platform.Grains.Incidents;

/// <summary>
/// Every incident event names its group and journal seq only: listeners that forward it (live updates, notifications)
/// must ask <see cref="IncidentAudience"/> who may hear of it and never add content.
/// </summary>
public interface IIncidentEvent
{
    Guid GroupId { get; }

    long Seq { get; }
}

/// <summary>A new report; <paramref name="Public"/>: through the web form (notify handlers with the day only, or in a daily batch).</summary>
public sealed record IncidentReported(Guid GroupId, Guid IncidentId, bool Public, long Seq) : JournalledEvent, IIncidentEvent;

public sealed record IncidentChanged(Guid GroupId, Guid IncidentId, string Action, long Seq) : JournalledEvent, IIncidentEvent;

public sealed record IncidentSettingsChanged(Guid GroupId, long Seq) : JournalledEvent, IIncidentEvent;
