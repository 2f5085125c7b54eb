using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Platform.Host.Tests.Access;

/// <summary>The malformed values the endpoint walk sends, and where it finds the parameters to send them in.</summary>
internal static class MalformedInput
{
    /// <summary>Each value is sent raw: query values are escaped, form values form-encoded, route values path-escaped.</summary>
    public static readonly IReadOnlyList<(string Label, string Value)> Values =
    [
        ("non-numeric", "abc"),
        ("huge", "99999999999999999999999999"),
        ("negative", "-1"),
        ("empty", ""),
        ("unknown id", "0f8fad5b-d9cb-469f-a165-70867728950e"),
        ("NUL", "a\0b"),
        ("control characters", "line one\r\nBcc: x@example.org\t\u0001\u007f"),
        ("overlong", new string('x', 5000)),
        ("bad month", "0001-01"),
        ("far month", "9999-12"),
        ("bad date", "2026-02-30T25:61"),
        ("tab path", "/\t/evil.example"),
        ("odd unicode path", "/\u3002x"),
        ("odd unicode", "\u202e\u200b\ufeff\U0001F600ℌ"),
    ];

    /// <summary>The values also sent one field at a time: those that pass a form's own checks often enough to go deeper.</summary>
    public static readonly IReadOnlySet<string> OneField = new HashSet<string>(StringComparer.Ordinal)
    {
        "non-numeric", "negative", "empty", "unknown id", "control characters", "far month",
    };

    /// <summary>The query parameters an endpoint reads: [SupplyParameterFromQuery] on a page, simple handler parameters on a minimal endpoint.</summary>
    public static IReadOnlyList<string> QueryParameters(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component)
        {
            return [.. component.Type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                .Where(p => p.Attribute is not null)
                .Select(p => p.Attribute!.Name ?? p.Property.Name)];
        }

        return [.. HandlerParameters(endpoint)
            .Where(p => p.GetCustomAttribute<FromFormAttribute>() is null && !endpoint.RoutePattern.Parameters.Any(r => r.Name == p.Name))
            .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!)];
    }

    /// <summary>The [FromForm] parameters of a minimal endpoint's handler.</summary>
    public static IReadOnlyList<string> FormParameters(RouteEndpoint endpoint) =>
        [.. HandlerParameters(endpoint).Where(p => p.GetCustomAttribute<FromFormAttribute>() is not null)
            .Select(p => p.GetCustomAttribute<FromFormAttribute>()!.Name ?? p.Name!)];

    private static IEnumerable<ParameterInfo> HandlerParameters(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters().Where(p => IsSimple(p.ParameterType)) ?? [];

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || (t.IsValueType && t != typeof(CancellationToken));
    }

    /// <summary>The POST forms of a rendered page: where each posts, the values it would send as rendered, and which fields a person fills.</summary>
    public static IEnumerable<RenderedForm> Forms(IDocument document, string pageUrl)
    {
        foreach (var form in document.QuerySelectorAll("form[method=post]"))
        {
            var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
            var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
            var fields = new List<string>();
            foreach (var field in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
            {
                var name = field.GetAttribute("name")!;
                var type = field.GetAttribute("type")?.ToLowerInvariant();
                if (type is not "hidden" && !fields.Contains(name))
                {
                    fields.Add(name);
                }

                if (type is "checkbox" or "radio" && !field.HasAttribute("checked"))
                {
                    continue;
                }

                defaults[name] = field.LocalName switch
                {
                    // A real choice rather than "none", so the other fields are checked beside it (a person owner and an unknown organisation).
                    "select" => (field.QuerySelector("option[selected]") ?? field.QuerySelectorAll("option").FirstOrDefault(o => o.GetAttribute("value") is { Length: > 0 })
                        ?? field.QuerySelector("option"))?.GetAttribute("value") ?? "",
                    "textarea" => field.TextContent,
                    _ => field.GetAttribute("value") ?? "",
                };
            }

            // Hidden fields other than the antiforgery token and the form's name are values a person (or an attacker) can change too.
            fields.AddRange(defaults.Keys.Where(k => k is not "__RequestVerificationToken" and not "_handler" && !fields.Contains(k)));
            yield return new RenderedForm(action, defaults, fields);
        }
    }

    public sealed record RenderedForm(string Action, IReadOnlyDictionary<string, string> Defaults, IReadOnlyList<string> Fields)
    {
        /// <summary>Names a form by where it posts and what it carries, so the layout's forms are walked once, not on every page.</summary>
        public string Key => $"{Action.Split('?')[0]} {Defaults.GetValueOrDefault("_handler")} {string.Join(',', Fields)}";

        public Dictionary<string, string> With(string field, string value) => new(Defaults) { [field] = value };

        public Dictionary<string, string> WithAll(string value)
        {
            var values = new Dictionary<string, string>(Defaults);
            foreach (var field in Fields)
            {
                values[field] = value;
            }

            return values;
        }
    }
}
