namespace Platform.Grains.Runtime;

/// <summary>Which grain: its interface and its key (a Guid key in "D" form).</summary>
public readonly record struct GrainId(Type Interface, string Key);
