using Platform.Grains.Donors;
using Platform.Grains.Progress;

namespace Platform.Host.Donors;

internal static class DonorExtensions
{
    /// <summary>Donor portfolios (administered at /admin/donors) and the aggregate queries donors read.</summary>
    public static WebApplicationBuilder AddDonors(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DonorPortfolioStore>();
        builder.Services.AddSingleton<DonorQueries>();
        builder.Services.AddSingleton<ProgressQueries>();
        builder.Services.AddSingleton<IncidentFigureQueries>();
        builder.Services.AddSingleton<Platform.Grains.Incidents.IncidentChainQueries>();
        return builder;
    }
}
