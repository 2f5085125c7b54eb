using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Platform.Messages.Localization;

namespace Platform.Host.Pipeline;

internal static class CultureEndpoint
{
    /// <summary>The language switcher posts here; it works without JavaScript and returns to the page it came from.</summary>
    public static void MapCultureEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/culture", SetCultureAsync).WithName("SetCulture").AllowAnonymous();

    private static async Task<IResult> SetCultureAsync(
        HttpContext context, [FromForm] string culture, [FromForm] string? returnUrl, UserManager<User> users, SignInManager<User> signIn)
    {
        var chosen = SupportedCultures.Match(culture) ?? SupportedCultures.Default;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true });

        // A signed-in person's profile language outranks the cookie, so the choice is saved there too.
        if (await users.GetUserAsync(context.User) is { } user && user.PreferredLanguage != chosen)
        {
            user.PreferredLanguage = chosen;
            var saved = await users.UpdateAsync(user);
            if (saved.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
            }
        }

        return Results.LocalRedirect(ReturnUrl.LocalOrHome(returnUrl));
    }
}
