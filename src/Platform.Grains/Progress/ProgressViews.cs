namespace Platform.Grains.Progress;

/// <summary>What the portfolio shows: a period and optional filters (the group's country, a member organisation's type).</summary>
public sealed record ProgressFilter(ReportPeriod Period, string? Country = null, StakeholderType? StakeholderType = null);

/// <summary>
/// One group's figures over a period, every one already through <see cref="SmallCounts"/>: pages, CSV and charts
/// only ever see cells. Meetings, plans, decisions and stakeholder types count group activity, not people, and are
/// exact; every other count is protected.
/// </summary>
public sealed record GroupProgress(
    Guid GroupId,
    string Name,
    string Country,
    PeriodFigures Totals,
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<CommitmentCount> Commitments,
    IReadOnlyList<TypePresence> PresentByType,
    Cell PresentTotal);

/// <summary>The headline figures of a period.</summary>
public sealed record PeriodFigures(
    Cell MeetingsHeld,
    Cell MeetingsPlanned,
    Cell AttendanceRate,
    Cell StakeholderTypesPresent,
    Cell WomenShare,
    Cell Decisions,
    Cell ItemsOpened,
    Cell ItemsDone,
    Cell ItemsOverdue,
    Cell OnTimeRate,
    Cell Commitments,
    Cell FulfilledShare);

/// <summary>One month of a period; overdue is counted at the month's end (or now, for the current month).</summary>
public sealed record MonthFigures(
    DateOnly Month,
    Cell MeetingsHeld,
    Cell MeetingsPlanned,
    Cell AttendanceRate,
    Cell WomenShare,
    Cell Decisions,
    Cell ItemsOpened,
    Cell ItemsDone,
    Cell ItemsOverdue,
    Cell OnTimeRate);

public sealed record CommitmentCount(CommitmentStatus Status, Cell Count);

/// <summary>Attendances ("present") by the stakeholder type of the organisation attended for; null type: not stated (guests).</summary>
public sealed record TypePresence(StakeholderType? Type, Cell Present);
