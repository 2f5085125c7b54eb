using System.Globalization;
using Platform.Web.Accounts;
using Platform.Web.Components.Account;
using static Platform.Web.Tests.ComponentRenderer;

namespace Platform.Web.Tests.Account;

public sealed class SignInFormTests
{
    [Theory]
    [InlineData("es", "Correo electrónico", "Escriba su correo electrónico.")]
    [InlineData("fr", "Adresse e-mail", "Saisissez votre adresse e-mail.")]
    public async Task SignInForm_EmptyEmail_ShowsLocalizedMessageTiedToField(string culture, string label, string message)
    {
        var errors = ErrorsIn(culture, new SignInInput());

        var doc = await Render<SignInForm>(culture, p =>
        {
            p[nameof(SignInForm.Input)] = new SignInInput();
            p[nameof(SignInForm.Errors)] = errors;
        });

        Assert.Equal(label, doc.QuerySelector("label[for=email]")?.TextContent);
        var email = doc.QuerySelector("form #email[aria-invalid=true]");
        Assert.NotNull(email);
        Assert.Equal(message, doc.GetElementById(email.GetAttribute("aria-describedby")!)?.TextContent);
    }

    [Fact]
    public async Task SignInForm_EveryInput_HasALabel()
    {
        var doc = await Render<SignInForm>("es", p =>
        {
            p[nameof(SignInForm.Input)] = new SignInInput();
            p[nameof(SignInForm.Errors)] = new FieldErrors();
        });

        Assert.All(doc.QuerySelectorAll("form input:not([type=hidden])"), input =>
            Assert.NotNull(doc.QuerySelector($"label[for='{input.Id}']")));
        Assert.Empty(doc.QuerySelectorAll("[aria-invalid]"));
    }

    [Fact]
    public async Task SignInForm_AfterFailedSignIn_KeepsEmailOmitsPasswordAndShowsAlertInFrench()
    {
        var failure = InCulture("fr", () => Text["SignIn.Failed"].Value);

        var doc = await Render<SignInForm>("fr", p =>
        {
            p[nameof(SignInForm.Input)] = new SignInInput { Email = "ana@example.org" };
            p[nameof(SignInForm.Errors)] = new FieldErrors();
            p[nameof(SignInForm.Failure)] = failure;
        });

        Assert.Equal("ana@example.org", doc.QuerySelector("#email")?.GetAttribute("value"));
        Assert.Null(doc.QuerySelector("#password")?.GetAttribute("value"));
        Assert.StartsWith("L’adresse e-mail ou le mot de passe", doc.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
    }

    private static FieldErrors ErrorsIn(string culture, SignInInput input) => InCulture(culture, () =>
    {
        var errors = new FieldErrors();
        FormChecks.Email(errors, Text, "Input.Email", input.Email);
        return errors;
    });

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
