namespace Platform.Host.Extensions;

/// <summary>
/// Reads a posted form before anything else does. A form the framework cannot read (a NUL character, which its decoder
/// refuses, or a field past the size limits) would otherwise reach the antiforgery check, which reports it as a missing
/// token; instead the request is answered by the "form refused" page, 400, in the reader's language.
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
                    await context.Request.ReadFormAsync(context.RequestAborted);
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
