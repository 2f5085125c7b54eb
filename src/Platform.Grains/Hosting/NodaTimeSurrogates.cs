namespace Platform.Grains.Hosting;

// NodaTime's values cross grain calls inside commands and states (due dates, meeting times, series patterns). Orleans
// cannot serialise another library's types itself: each travels as a plain surrogate and converts back on arrival.

[GenerateSerializer, Immutable, Alias("nt.LocalDate")]
public readonly record struct LocalDateSurrogate(int Year, int Month, int Day);

[RegisterConverter]
public sealed class LocalDateConverter : IConverter<LocalDate, LocalDateSurrogate>
{
    public LocalDate ConvertFromSurrogate(in LocalDateSurrogate surrogate) => new(surrogate.Year, surrogate.Month, surrogate.Day);

    public LocalDateSurrogate ConvertToSurrogate(in LocalDate value) => new(value.Year, value.Month, value.Day);
}

[GenerateSerializer, Immutable, Alias("nt.LocalTime")]
public readonly record struct LocalTimeSurrogate(long NanosecondOfDay);

[RegisterConverter]
public sealed class LocalTimeConverter : IConverter<LocalTime, LocalTimeSurrogate>
{
    public LocalTime ConvertFromSurrogate(in LocalTimeSurrogate surrogate) => LocalTime.FromNanosecondsSinceMidnight(surrogate.NanosecondOfDay);

    public LocalTimeSurrogate ConvertToSurrogate(in LocalTime value) => new(value.NanosecondOfDay);
}

[GenerateSerializer, Immutable, Alias("nt.LocalDateTime")]
public readonly record struct LocalDateTimeSurrogate(int Year, int Month, int Day, long NanosecondOfDay);

[RegisterConverter]
public sealed class LocalDateTimeConverter : IConverter<LocalDateTime, LocalDateTimeSurrogate>
{
    public LocalDateTime ConvertFromSurrogate(in LocalDateTimeSurrogate surrogate) =>
        new LocalDate(surrogate.Year, surrogate.Month, surrogate.Day) + LocalTime.FromNanosecondsSinceMidnight(surrogate.NanosecondOfDay);

    public LocalDateTimeSurrogate ConvertToSurrogate(in LocalDateTime value) => new(value.Year, value.Month, value.Day, value.NanosecondOfDay);
}

[GenerateSerializer, Immutable, Alias("nt.Instant")]
public readonly record struct InstantSurrogate(long UnixTimeTicks);

[RegisterConverter]
public sealed class InstantConverter : IConverter<Instant, InstantSurrogate>
{
    public Instant ConvertFromSurrogate(in InstantSurrogate surrogate) => Instant.FromUnixTimeTicks(surrogate.UnixTimeTicks);

    public InstantSurrogate ConvertToSurrogate(in Instant value) => new(value.ToUnixTimeTicks());
}

[GenerateSerializer, Immutable, Alias("nt.IsoDayOfWeek")]
public readonly record struct IsoDayOfWeekSurrogate(int Value);

[RegisterConverter]
public sealed class IsoDayOfWeekConverter : IConverter<IsoDayOfWeek, IsoDayOfWeekSurrogate>
{
    public IsoDayOfWeek ConvertFromSurrogate(in IsoDayOfWeekSurrogate surrogate) => (IsoDayOfWeek)surrogate.Value;

    public IsoDayOfWeekSurrogate ConvertToSurrogate(in IsoDayOfWeek value) => new((int)value);
}
