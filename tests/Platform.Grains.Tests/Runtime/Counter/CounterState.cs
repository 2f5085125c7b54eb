namespace Platform.Grains.Tests.Runtime.Counter;

public sealed record CounterState(long Value, long Version);
