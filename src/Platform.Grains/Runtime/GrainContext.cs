using System.Globalization;

namespace Platform.Grains.Runtime;

/// <summary>Given to a grain's constructor so it knows its own key (Orleans: <c>this.GetPrimaryKey()</c>).</summary>
public sealed class GrainContext(GrainId id)
{
    public GrainId Id { get; } = id;

    public Guid GetPrimaryKey() => Guid.Parse(Id.Key, CultureInfo.InvariantCulture);

    public string GetPrimaryKeyString() => Id.Key;
}
