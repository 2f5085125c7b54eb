namespace Platform.Grains.Runtime;

/// <summary>Which class implements a grain interface; one per <c>AddGrain</c> call.</summary>
public sealed record GrainRegistration(Type Interface, Type Implementation);
