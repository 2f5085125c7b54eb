namespace Platform.Benchmarks.Grains;

internal sealed record ThroughputResult(string Synchronous, int Grains, long Commands, TimeSpan Elapsed)
{
    public double PerSecond => Commands / Elapsed.TotalSeconds;
}
