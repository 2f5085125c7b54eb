namespace Platform.Grains.Runtime;

/// <summary>Bound from the "Grains" configuration section.</summary>
public sealed class GrainRuntimeOptions
{
    public const string Section = "Grains";

    /// <summary>An activation with no call for this long is collected (Orleans' default is two hours; ours are cheap to reload).</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the collector looks for idle activations.</summary>
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromMinutes(1);
}
