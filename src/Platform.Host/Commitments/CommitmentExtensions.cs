using Platform.Grains.Commitments;

namespace Platform.Host.Commitments;

internal static class CommitmentExtensions
{
    /// <summary>The commitment grain, its store and its queries.</summary>
    public static WebApplicationBuilder AddCommitments(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CommitmentStore>();
        builder.Services.AddSingleton<CommitmentQueries>();
        return builder;
    }
}
