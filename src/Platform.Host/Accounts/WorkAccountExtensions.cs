using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Identity.Web;
using Platform.Web.Accounts.WorkAccounts;

namespace Platform.Host.Accounts;

/// <summary>
/// Sign-in with a Microsoft work account, off unless WorkAccounts:ClientId is configured (with Instance, TenantId and
/// ClientSecret, as Microsoft.Identity.Web reads them). WorkAccounts:Authority names a provider that is not Entra ID
/// (the tests' local one): only then are Entra's own rules (its issuer validator, the /v2.0 authority) replaced, and
/// plain-http metadata is allowed only for a loopback address.
/// </summary>
internal static class WorkAccountExtensions
{
    public const string Section = "WorkAccounts";

    public static WebApplicationBuilder AddWorkAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<WorkAccountSignIn>();
        var section = builder.Configuration.GetSection(Section);
        if (string.IsNullOrEmpty(section["ClientId"]))
        {
            return builder;
        }

        // No cookie of its own: the provider's answer lands in Identity's short external cookie, and Roundtable's own
        // session starts only once a linked account is found (WorkAccountSignIn).
        services.AddAuthentication().AddMicrosoftIdentityWebApp(section, WorkAccountScheme.Name, cookieScheme: null);
        var authority = section["Authority"];
        services.AddSingleton(new WorkAccountSettings(FormOrigin(authority ?? section["Instance"])));
        // Registered after Microsoft.Identity.Web's own configuration, so it runs after it.
        services.Configure<OpenIdConnectOptions>(WorkAccountScheme.Name, options => Configure(options, authority));
        return builder;
    }

    private static void Configure(OpenIdConnectOptions options, string? authority)
    {
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.Scope.Add("email");
        options.TokenValidationParameters.NameClaimType = "name";
        // The person turned back at the provider, or it answered with an error: say so on the sign-in page, not as a 500.
        options.Events.OnRemoteFailure = context =>
        {
            // The reason only (IdentityModel hides personal values in its messages by default); never the token.
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WorkAccountExtensions))
                .LogWarning("A work-account sign-in failed at the provider's answer: {Reason}", context.Failure?.Message);
            context.Response.Redirect($"/account/sign-in?work={WorkAccountOutcome.Failed}");
            context.HandleResponse();
            return Task.CompletedTask;
        };

        if (authority is null)
        {
            return;
        }

        options.Authority = authority;
        options.MetadataAddress = null;
        // The provider's own issuer, from its metadata, instead of Entra ID's multi-tenant validator.
        options.TokenValidationParameters.IssuerValidator = null;
        var uri = new Uri(authority);
        if (uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp)
        {
            // Plain http on this machine only: no Secure cookie is possible, so the provider answers by redirect (query),
            // which Lax cookies survive, rather than by a cross-site form post.
            options.RequireHttpsMetadata = false;
            options.ResponseMode = "query";
            options.CorrelationCookie.SameSite = options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }
    }

    /// <summary>The provider's origin: forms that start a sign-in are answered with a redirect there, which CSP's form-action must allow.</summary>
    private static string? FormOrigin(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    public static WebApplication MapWorkAccountEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/account/work-account");
        group.MapPost("/sign-in", StartSignInAsync).AllowAnonymous().RequireRateLimiting(AccountRateLimits.Policy);
        group.MapGet("/done", async (string? returnUrl, WorkAccountSignIn flow) => Results.LocalRedirect(await flow.CompleteSignInAsync(returnUrl)))
            .AllowAnonymous();
        group.MapPost("/link", StartLinkAsync).RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter(ValidTokenOnly);
        group.MapGet("/linked", async (HttpContext http, UserManager<User> users, WorkAccountSignIn flow) =>
            await users.GetUserAsync(http.User) is { } user ? Results.LocalRedirect(await flow.CompleteLinkAsync(user)) : Results.Forbid())
            .RequireAuthorization();
        group.MapPost("/unlink", async (HttpContext http, UserManager<User> users, WorkAccountSignIn flow) =>
            await users.GetUserAsync(http.User) is { } user ? Results.LocalRedirect(await flow.UnlinkAsync(user)) : Results.Forbid())
            .RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter(ValidTokenOnly);
        return app;
    }

    /// <summary>
    /// These posts carry no field to bind, and only binding a form makes the framework refuse a bad antiforgery token
    /// by itself: the middleware's verdict is read here instead. A refused post changes nothing and returns to the
    /// work-account page, which asks to try again (a page left open too long has an old token).
    /// </summary>
    private static async ValueTask<object?> ValidTokenOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true }
            ? await next(context)
            : Results.LocalRedirect($"/account/work-account?work={WorkAccountOutcome.Failed}");

    private static async Task<IResult> StartSignInAsync(
        [FromForm] string? returnUrl, [FromForm] string? invitation, IAuthenticationSchemeProvider schemes, SignInManager<User> signIn)
    {
        if (!await WorkAccountScheme.IsEnabledAsync(schemes))
        {
            return Results.NotFound();
        }

        var done = $"/account/work-account/done?returnUrl={Uri.EscapeDataString(ReturnUrl.LocalOrHome(returnUrl))}";
        var properties = signIn.ConfigureExternalAuthenticationProperties(WorkAccountScheme.Name, done);
        if (!string.IsNullOrEmpty(invitation))
        {
            properties.Items[WorkAccountScheme.InvitationItem] = invitation;
        }

        return Results.Challenge(properties, [WorkAccountScheme.Name]);
    }

    private static async Task<IResult> StartLinkAsync(
        HttpContext http, IAuthenticationSchemeProvider schemes, SignInManager<User> signIn, UserManager<User> users)
    {
        if (!await WorkAccountScheme.IsEnabledAsync(schemes) || users.GetUserId(http.User) is not { } userId)
        {
            return Results.NotFound();
        }

        var properties = signIn.ConfigureExternalAuthenticationProperties(WorkAccountScheme.Name, "/account/work-account/linked", userId);
        return Results.Challenge(properties, [WorkAccountScheme.Name]);
    }
}

/// <summary>What the rest of the host needs to know about a configured work-account provider.</summary>
/// <param name="FormOrigin">The provider's origin, added to CSP's form-action.</param>
internal sealed record WorkAccountSettings(string? FormOrigin);
