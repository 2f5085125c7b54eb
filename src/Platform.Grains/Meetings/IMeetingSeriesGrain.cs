namespace Platform.Grains.Meetings;

/// <summary>A recurring series; it materialises its occurrences as meetings. Refusals throw <see cref="RuleException"/>.</summary>
public interface IMeetingSeriesGrain : IGrainWithGuidKey
{
    /// <summary>Creates the series and its occurrences for the next 12 months (or up to its end date); returns their ids.</summary>
    Task<IReadOnlyList<Guid>> CreateAsync(CreateSeries command);

    /// <summary>Applies the changes to every occurrence from the slot on that is neither detached nor started; returns those changed.</summary>
    Task<IReadOnlyList<Guid>> EditRestAsync(EditSeriesFrom command);

    /// <summary>Cancels every occurrence from the slot on that has not started, and ends the series there.</summary>
    Task<IReadOnlyList<Guid>> CancelRestAsync(CancelSeriesFrom command);

    /// <summary>Finishes a change that stopped short of some occurrences (a host stopped half-way); does nothing otherwise.</summary>
    Task SettleAsync();
}
