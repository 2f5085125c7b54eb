using Microsoft.AspNetCore.Localization;
using Platform.Messages.Localization;

namespace Platform.Host.Pipeline;

internal static class LocalizationExtensions
{
    /// <summary>Claim that carries a signed-in person's preferred language.</summary>
    public const string CultureClaim = "culture";

    /// <summary>
    /// Culture comes from the profile, then the language cookie, then Accept-Language; on the public report pages the
    /// link's <c>?lang=</c> comes first, so a reporter chooses a language without a cookie left on their phone.
    /// </summary>
    public static WebApplicationBuilder AddPlatformLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var names = SupportedCultures.Names.ToArray();
            options.SetDefaultCulture(SupportedCultures.Default).AddSupportedCultures(names).AddSupportedUICultures(names);
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => Task.FromResult(FromIntakeLink(context))),
                new CustomRequestCultureProvider(context => Task.FromResult(FromProfile(context))),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    private static ProviderCultureResult? FromIntakeLink(HttpContext context)
    {
        var culture = IntakeLogSilence.OnIntakePath(context) ? SupportedCultures.Match(context.Request.Query[IntakeLinks.LanguageQuery]) : null;
        return culture is null ? null : new ProviderCultureResult(culture);
    }

    private static ProviderCultureResult? FromProfile(HttpContext context)
    {
        var culture = SupportedCultures.Match(context.User.FindFirst(CultureClaim)?.Value);
        return culture is null ? null : new ProviderCultureResult(culture);
    }
}
