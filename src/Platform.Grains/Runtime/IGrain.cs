namespace Platform.Grains.Runtime;

/// <summary>Marks a grain interface. Its methods return <see cref="Task"/> or <see cref="Task{TResult}"/>, as in Orleans.</summary>
public interface IGrain;

/// <summary>A grain addressed by a <see cref="Guid"/>.</summary>
public interface IGrainWithGuidKey : IGrain;

/// <summary>A grain addressed by a string.</summary>
public interface IGrainWithStringKey : IGrain;
