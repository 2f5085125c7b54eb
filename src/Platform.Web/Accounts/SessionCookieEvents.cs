using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Platform.Web.Accounts;

/// <summary>
/// Ties the sign-in cookie to a server-side session (<see cref="SessionStore"/>): signing in starts one, every request
/// checks it in the database before anything else, and signing out ends it, so a copy of the cookie dies with it on
/// every host. Identity's periodic security-stamp check still runs afterwards to refresh the claims.
/// </summary>
public sealed class SessionCookieEvents(SessionStore sessions, IOptions<IdentityOptions> identity) : CookieAuthenticationEvents
{
    /// <summary>Where the session id travels: the ticket's properties, which survive Identity's principal refreshes.</summary>
    public const string SessionItem = "rt.session";

    public override async Task SigningIn(CookieSigningInContext context)
    {
        // A refresh (RefreshSignInAsync after a password or profile change) keeps its session; a new sign-in starts one.
        if (!context.Properties.Items.ContainsKey(SessionItem) && context.Principal?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) is { } userId)
        {
            // Only a coarse browser and system family is kept (the list of one's sessions shows it), never the header.
            var device = DeviceDescription.FromUserAgent(context.HttpContext.Request.Headers.UserAgent.ToString());
            context.Properties.Items[SessionItem] = await sessions.StartAsync(userId, context.Options.ExpireTimeSpan, device, context.HttpContext.RequestAborted);
        }

        await base.SigningIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var claims = identity.Value.ClaimsIdentity;
        var sessionId = context.Properties.Items.TryGetValue(SessionItem, out var value) ? value : null;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        if (sessionId is null || userId is null
            || !await sessions.IsCurrentAsync(sessionId, userId, context.Principal?.FindFirstValue(claims.SecurityStampClaimType), context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        // Remembered for SigningOut, which must not authenticate again (that would wait on this very check).
        context.HttpContext.Items[SessionItem] = sessionId;
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        if (context.HttpContext.Items[SessionItem] is string sessionId)
        {
            await sessions.EndAsync(sessionId, context.HttpContext.RequestAborted);
            context.HttpContext.Items.Remove(SessionItem);
        }

        await base.SigningOut(context);
    }
}
