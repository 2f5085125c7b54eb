using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Web.Accounts.TwoStep;
using Platform.Messages.Accounts;

namespace Platform.Host.Accounts;

internal static class AccountExtensions
{
    /// <summary>Identity with Dapper stores, the sign-in cookie, account mail (queued in AddDelivery's outbox) and the first-run setup link.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<User>(ConfigureIdentity)
            .AddUserStore<UserStore>()
            .AddSignInManager<AccountSignInManager>()
            // Reset and invitation links (data protection) and the authenticator app: no phone or e-mail codes as a second step.
            .AddTokenProvider<DataProtectorTokenProvider<User>>(TokenOptions.DefaultProvider)
            .AddTokenProvider<AuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        services.ConfigureApplicationCookie(options => ConfigureCookie(options, builder.Environment.IsDevelopment()));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));

        services.AddScoped<UserStore>();
        services.AddScoped<SessionCookieEvents>();
        services.AddScoped<SetupTokenIssuer>();
        services.AddScoped<InvitationAcceptance>();
        services.AddSingleton<PendingInvitations>();
        services.AddSingleton<PublicUrl>();
        services.AddScoped<AccountMails>();
        services.AddHostedService<SetupAnnouncer>();
        return builder;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.User.AllowedUserNameCharacters = ""; // empty = any character: the user name is the e-mail address

        // Length over composition rules (NIST SP 800-63B): long passphrases are easier to type on a phone.
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }

    private static void ConfigureCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options, bool development)
    {
        options.LoginPath = "/account/sign-in";
        options.LogoutPath = "/account/sign-out";
        options.AccessDeniedPath = "/account/access-denied";
        options.ReturnUrlParameter = "returnUrl";
        // Every request checks its server-side session first: sign-out and password changes end copies of the cookie at once.
        options.EventsType = typeof(SessionCookieEvents);
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.Path = "/";

        // __Host- makes browsers refuse the cookie unless it is Secure, host-only and path "/"; plain http in development cannot do that.
        options.Cookie.Name = development ? "rt" : "__Host-rt";
        options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    }
}
