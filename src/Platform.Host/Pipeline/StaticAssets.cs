namespace Platform.Host.Pipeline;

/// <summary>
/// The stylesheets, scripts and icon, served by ASP.NET Core's static assets from the build's manifest: compressed at build
/// time (gzip, and Brotli when published), sent to a browser that accepts it, and under a fingerprinted name
/// (<c>site.{hash}.css</c>, what pages link through <c>Assets[…]</c>) cached for a year, so a page on a weak link fetches
/// them once per release instead of revalidating each on every page. They hold no group data: anyone may fetch them, and
/// they are the one kind of response <see cref="NoStore"/> leaves cacheable.
/// </summary>
internal static class StaticAssets
{
    public static WebApplication MapPlatformStaticAssets(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous().WithMetadata(Marker.Instance);
        return app;
    }

    /// <summary>Whether <paramref name="endpoint"/> is one of the static assets' (the request's, once routing chose it).</summary>
    public static bool Serves(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<Marker>() is not null;

    private sealed class Marker
    {
        public static readonly Marker Instance = new();
    }
}
