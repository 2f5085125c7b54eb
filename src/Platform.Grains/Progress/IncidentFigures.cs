namespace Platform.Grains.Progress;

/// <summary>
/// The band the figures count an incident under: the highest of its three severity scales (scale, scope,
/// irremediability; 1 low … 3 high), as <see cref="IncidentSeverity.Band"/> does, because one grave dimension is
/// enough to make a case grave. An incident not yet assessed is counted apart.
/// </summary>
public enum SeverityBand
{
    NotAssessed,
    Low,
    Medium,
    High,
}

/// <summary>
/// A calendar quarter, the only block incident figures are counted in: blocks never overlap and are never summed, so
/// two periods chosen by the reader cannot be subtracted to expose a small count (see <see cref="IncidentFigureRules"/>).
/// </summary>
public sealed record IncidentQuarter(int Year, int Number)
{
    public DateOnly From => new(Year, ((Number - 1) * 3) + 1, 1);

    /// <summary>The first day after the quarter.</summary>
    public DateOnly To => From.AddMonths(3);

    public static IncidentQuarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public IncidentQuarter Next() => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);
}

/// <summary>One group's incident figures: one block per quarter, already through <see cref="IncidentFigureRules"/>.</summary>
public sealed record GroupIncidentFigures(Guid GroupId, IReadOnlyList<QuarterIncidentFigures> Quarters);

/// <summary>
/// One quarter: incidents received in it and incidents closed in it (each with its kinds and severity bands), and the
/// median days from received to first referral (over incidents first referred in the quarter) and to closure (over
/// incidents closed in it). A median over fewer than five cases is <see cref="Cell.None"/>.
/// </summary>
public sealed record QuarterIncidentFigures(
    IncidentQuarter Quarter,
    IncidentFlow Received,
    IncidentFlow Closed,
    Cell MedianDaysToReferral,
    Cell MedianDaysToClosure);

/// <summary>
/// A count and two breakdowns of it. A breakdown that could not be shown safely is withheld whole: every part is
/// <see cref="Cell.None"/> and <see cref="KindsWithheld"/>/<see cref="BandsWithheld"/> is set.
/// </summary>
public sealed record IncidentFlow(
    Cell Total,
    IReadOnlyList<IncidentKindCount> ByKind,
    bool KindsWithheld,
    IReadOnlyList<IncidentBandCount> ByBand,
    bool BandsWithheld);

public sealed record IncidentKindCount(IncidentKind Kind, Cell Count);

public sealed record IncidentBandCount(SeverityBand Band, Cell Count);
