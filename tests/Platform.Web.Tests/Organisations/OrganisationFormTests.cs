using Platform.Grains.Organisations;
using Platform.Web.Accounts;
using Platform.Web.Organisations;

namespace Platform.Web.Tests.Organisations;

public sealed class OrganisationFormTests : ComponentTest
{
    private static readonly OrganisationInput Bad = new()
    {
        Name = "   ",
        Type = "mining",
        Country = "XX",
        Description = new string('a', OrganisationRules.MaxDescriptionLength + 1),
        Website = "javascript:alert(1)",
    };

    [Theory]
    [InlineData("es", "Escriba el nombre de la organización.", "Elija el tipo de actor.", "Elija el país de la lista.", "La descripción puede tener como máximo 2000 caracteres.", "Escriba una dirección web completa que empiece por http:// o https://, o déjela vacía.")]
    [InlineData("fr", "Saisissez le nom de l’organisation.", "Choisissez le type d’acteur.", "Choisissez le pays dans la liste.", "La description peut compter au plus 2000 caractères.", "Saisissez une adresse web complète commençant par http:// ou https://, ou laissez le champ vide.")]
    public void OrganisationForm_EveryFieldWrong_ShowsLocalizedMessageTiedToEachField(string culture, string name, string type, string country, string description, string website)
    {
        var (details, errors) = CheckIn(culture, Bad);

        var form = Render<OrganisationForm>(culture, p => Parameters(p, Bad, errors));

        Assert.Null(details);
        Assert.Equal(
            [("name", name), ("type", type), ("country", country), ("description", description), ("website", website)],
            form.FindAll("form [aria-invalid=true]").Select(field => (field.Id!, form.Find($"#{field.GetAttribute("aria-describedby")}").TextContent)));
    }

    [Fact]
    public void OrganisationForm_FailedPost_KeepsWhatWasTyped()
    {
        var typed = new OrganisationInput { Name = "Mina El Roble", Type = "large_scale_mining", Country = "CO", Description = "Line one\nLine two", Website = "https://roble.example.org" };

        var form = Render<OrganisationForm>("es", p => Parameters(p, typed, new FieldErrors()));

        Assert.Equal("Mina El Roble", form.Find("#name").GetAttribute("value"));
        Assert.Equal("large_scale_mining", form.Find("#type option[selected]").GetAttribute("value"));
        Assert.Equal("CO", form.Find("#country option[selected]").GetAttribute("value"));
        Assert.Equal("Line one\nLine two", form.Find("#description").TextContent);
        Assert.Equal("https://roble.example.org", form.Find("#website").GetAttribute("value"));
        Assert.Empty(form.FindAll("[aria-invalid]"));
    }

    [Fact]
    public void OrganisationForm_Duplicate_LinksToExistingOrganisation()
    {
        var existing = new OrganisationListItem(Guid.NewGuid(), "Mina El Roble", StakeholderType.LargeScaleMining, "CO");

        var form = Render<OrganisationForm>("fr", p => Parameters(p, new OrganisationInput { Name = "mina el roble" }, new FieldErrors())
            .Add(c => c.Duplicate, existing));

        var link = form.Find($"form a[href='/organisations/{existing.Id}']");
        Assert.Equal("Ouvrir l’organisation existante : Mina El Roble", link.TextContent);
    }

    [Fact]
    public void OrganisationForm_EveryControl_HasALabel()
    {
        var form = Render<OrganisationForm>("en", p => Parameters(p, new OrganisationInput(), new FieldErrors()));

        Assert.All(form.FindAll("form input:not([type=hidden]), form select, form textarea"), control =>
            Assert.NotEmpty(form.FindAll($"label[for='{control.Id}']")));
    }

    [Fact]
    public void Check_ValidInput_TrimsAndReturnsDetails()
    {
        var (details, errors) = CheckIn("en", new OrganisationInput { Name = "  Defensoría del Pueblo ", Type = "oversight_body", Country = "CO", Description = " ", Website = " https://defensoria.example.org " });

        Assert.False(errors.Any);
        Assert.Equal(new OrganisationDetails("Defensoría del Pueblo", StakeholderType.OversightBody, "CO", null, "https://defensoria.example.org"), details);
    }

    private static ComponentParameterCollectionBuilder<OrganisationForm> Parameters(ComponentParameterCollectionBuilder<OrganisationForm> p, OrganisationInput input, FieldErrors errors) => p
        .Add(c => c.Input, input)
        .Add(c => c.Errors, errors)
        .Add(c => c.FormName, "new-organisation")
        .Add(c => c.SubmitText, "Submit");

    private (OrganisationDetails? Details, FieldErrors Errors) CheckIn(string culture, OrganisationInput input) => Culture.In(culture, () =>
    {
        var errors = new FieldErrors();
        return (OrganisationChecks.Check(errors, Text, input), errors);
    });
}
