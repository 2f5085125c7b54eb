namespace Platform.Grains.Tests.Runtime.Counter;

public sealed record CounterIncremented(Guid CounterId, long Value, long Seq);
