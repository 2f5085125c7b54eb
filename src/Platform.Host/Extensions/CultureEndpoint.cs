using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Platform.Web.Localization;

namespace Platform.Host.Extensions;

internal static class CultureEndpoint
{
    /// <summary>The language switcher posts here; it works without JavaScript and returns to the page it came from.</summary>
    public static void MapCultureEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/culture", SetCulture).WithName("SetCulture").AllowAnonymous();

    private static IResult SetCulture(HttpContext context, [FromForm] string culture, [FromForm] string? returnUrl)
    {
        var chosen = SupportedCultures.Match(culture) ?? SupportedCultures.Default;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true });
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
