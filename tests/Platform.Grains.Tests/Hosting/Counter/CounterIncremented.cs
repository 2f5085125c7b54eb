using Platform.Grains.Events;

namespace Platform.Grains.Tests.Hosting.Counter;

public sealed record CounterIncremented(Guid CounterId, long Value, long Seq) : JournalledEvent;
