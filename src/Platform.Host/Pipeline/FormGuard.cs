using Microsoft.Extensions.Primitives;

namespace Platform.Host.Pipeline;

/// <summary>
/// Reads a posted form before anything else does. A form the framework cannot read (a NUL character, which its decoder
/// refuses, or a field past the size limits) would otherwise reach the antiforgery check, which reports it as a missing
/// token; instead the request is answered by the "form refused" page, 400, in the reader's language.
/// It is also the one place every posted form passes, so it makes line breaks one character ("\n"): browsers post a
/// textarea's as CR LF, which would otherwise be stored and shown back in a textarea as "&amp;#13;" (invalid HTML).
/// </summary>
internal static class FormGuard
{
    public const string RefusedPath = "/form-refused";

    /// <summary>Place before routing, so the refused request is routed to the page as a GET.</summary>
    public static IApplicationBuilder UseFormGuard(this IApplicationBuilder app) =>
        app.Use(static async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
            {
                try
                {
                    var form = await context.Request.ReadFormAsync(context.RequestAborted);
                    if (form.Any(field => field.Value.Any(value => value?.Contains('\r', StringComparison.Ordinal) == true)))
                    {
                        context.Request.Form = new FormCollection(
                            form.ToDictionary(field => field.Key, field => new StringValues([.. field.Value.Select(value => value?.ReplaceLineEndings("\n"))])),
                            form.Files);
                    }
                }
                catch (InvalidDataException)
                {
                    context.Request.Method = HttpMethods.Get;
                    context.Request.Path = RefusedPath;
                    context.Request.QueryString = QueryString.Empty;
                }
            }

            await next(context);
        });
}
