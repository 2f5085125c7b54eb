namespace Platform.Grains.Tests.Hosting.Counter;

public sealed record CounterState(long Value, long Version);
