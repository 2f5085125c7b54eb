using Microsoft.AspNetCore.Authorization;

namespace Platform.Web.Accounts.TwoStep;

/// <summary>
/// Until an administrator or facilitator has turned on two-step verification (<see cref="AccountClaims.TwoStepRequired"/>),
/// every page, fragment, file and hub call that needs a signed-in person leads to enrolment instead: a page is redirected
/// there, anything else is refused. Enrolment itself, signing out and what anyone may open stay reachable.
/// </summary>
public static class TwoStepGate
{
    public const string SetupPath = "/account/two-step/setup";

    public static IApplicationBuilder UseTwoStepGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(c => c.Type == AccountClaims.TwoStepRequired) && !Open(context))
        {
            if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Headers.ContainsKey("HX-Request"))
            {
                context.Response.Redirect($"{SetupPath}?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return;
        }

        await next(context);
    });

    private static bool Open(HttpContext context) =>
        context.Request.Path.StartsWithSegments(SetupPath, StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/account/sign-out", StringComparison.OrdinalIgnoreCase)
        || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
