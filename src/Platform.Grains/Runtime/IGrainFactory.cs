namespace Platform.Grains.Runtime;

/// <summary>Hands out grain references; the grain activates on its first call.</summary>
public interface IGrainFactory
{
    /// <summary>Returns a reference to the grain with this key; cheap, and valid across activations.</summary>
    TGrainInterface GetGrain<TGrainInterface>(Guid key)
        where TGrainInterface : IGrainWithGuidKey;

    /// <summary>Returns a reference to the grain with this key; cheap, and valid across activations.</summary>
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;
}
