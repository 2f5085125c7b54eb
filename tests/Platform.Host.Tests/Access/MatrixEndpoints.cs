using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Platform.Host.Pipeline;

namespace Platform.Host.Tests.Access;

/// <summary>Reads every routable endpoint of the host as "METHOD pattern" rows and turns patterns into real URLs.</summary>
internal static class MatrixEndpoints
{
    /// <summary>One row per method the endpoint answers; an endpoint that names no method (health, fallback) is one GET row.</summary>
    public static IReadOnlyList<(string Method, RoutePattern Pattern)> Rows(EndpointDataSource source) =>
        [.. source.Endpoints.OfType<RouteEndpoint>()
            // Stylesheets, scripts and the icon are public by design (StaticAssetTests); "{**path:file}" is ASP.NET's own
            // fallback for asset files added after the build, mapped only when a host runs from its build output.
            .Where(e => !StaticAssets.Serves(e) && e.RoutePattern.RawText != "{**path:file}")
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, e.RoutePattern)))
            .DistinctBy(r => Key(r.Method, r.RoutePattern))
            .OrderBy(r => r.RoutePattern.RawText, StringComparer.Ordinal)
            .ThenBy(r => r.Method, StringComparer.Ordinal)];

    public static string Key(string method, RoutePattern pattern) => $"{method} {Raw(pattern)}";

    public static string Raw(RoutePattern pattern) => "/" + (pattern.RawText ?? "").TrimStart('/');

    public static bool HasParameter(RoutePattern pattern, string name) => pattern.Parameters.Any(p => p.Name == name);

    /// <summary>The key of a value for <paramref name="name"/> in this pattern only, e.g. "/admin/jobs/{**path}#path".</summary>
    public static string ValueKey(RoutePattern pattern, string name) => $"{Raw(pattern)}#{name}";

    /// <summary>
    /// Builds a URL from <paramref name="pattern"/>, taking each parameter's value from <paramref name="values"/>: the value
    /// for this pattern only (<see cref="ValueKey"/>) when there is one, else the value for every pattern.
    /// </summary>
    public static string Url(RoutePattern pattern, IReadOnlyDictionary<string, string> values)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => values.TryGetValue(ValueKey(pattern, parameter.Name), out var value) || values.TryGetValue(parameter.Name, out value)
                ? Uri.EscapeDataString(value)
                : throw new InvalidOperationException(
                    $"No test value for route parameter '{parameter.Name}' in {Raw(pattern)}: add a real seeded id to Personas.RouteValues."),
            _ => throw new InvalidOperationException($"Unexpected route part in {Raw(pattern)}."),
        })));
        return "/" + string.Join('/', segments);
    }
}
