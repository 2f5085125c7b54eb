using Platform.Web.Accounts;

namespace Platform.Web.Tests.Account;

public sealed class SignInFormTests : ComponentTest
{
    [Theory]
    [InlineData("es", "Correo electrónico", "Escriba su correo electrónico.")]
    [InlineData("fr", "Adresse e-mail", "Saisissez votre adresse e-mail.")]
    public void SignInForm_EmptyEmail_ShowsLocalizedMessageTiedToField(string culture, string label, string message)
    {
        var errors = ErrorsIn(culture, new SignInInput());

        var form = Render<SignInForm>(culture, p => p
            .Add(c => c.Input, new SignInInput())
            .Add(c => c.Errors, errors));

        Assert.Equal(label, form.Find("label[for=email]").TextContent);
        var email = form.Find("form #email[aria-invalid=true]");
        Assert.Equal(message, form.Find($"#{email.GetAttribute("aria-describedby")}").TextContent);
    }

    [Fact]
    public void SignInForm_EveryInput_HasALabel()
    {
        var form = Render<SignInForm>("es", p => p
            .Add(c => c.Input, new SignInInput())
            .Add(c => c.Errors, new FieldErrors()));

        Assert.All(form.FindAll("form input:not([type=hidden])"), input =>
            Assert.NotEmpty(form.FindAll($"label[for='{input.Id}']")));
        Assert.Empty(form.FindAll("[aria-invalid]"));
    }

    [Fact]
    public void SignInForm_AfterFailedSignIn_KeepsEmailOmitsPasswordAndShowsAlertInFrench()
    {
        var failure = Culture.In("fr", () => Text["SignIn.Failed"].Value);

        var form = Render<SignInForm>("fr", p => p
            .Add(c => c.Input, new SignInInput { Email = "ana@example.org" })
            .Add(c => c.Errors, new FieldErrors())
            .Add(c => c.Failure, failure));

        Assert.Equal("ana@example.org", form.Find("#email").GetAttribute("value"));
        Assert.Null(form.Find("#password").GetAttribute("value"));
        Assert.StartsWith("L’adresse e-mail ou le mot de passe", form.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }

    private FieldErrors ErrorsIn(string culture, SignInInput input) => Culture.In(culture, () =>
    {
        var errors = new FieldErrors();
        FormChecks.Email(errors, Text, "Input.Email", input.Email);
        return errors;
    });
}
