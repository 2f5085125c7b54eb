using System.Globalization;
using Platform.Grains.Organisations;
using Platform.Web.Accounts;
using Platform.Web.Components.Organisations;
using Platform.Web.Organisations;
using static Platform.Web.Tests.ComponentRenderer;

namespace Platform.Web.Tests.Organisations;

public sealed class OrganisationFormTests
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
    public async Task OrganisationForm_EveryFieldWrong_ShowsLocalizedMessageTiedToEachField(string culture, string name, string type, string country, string description, string website)
    {
        var (details, errors) = CheckIn(culture, Bad);

        var doc = await Render<OrganisationForm>(culture, p => Parameters(p, Bad, errors));

        Assert.Null(details);
        Assert.Equal(
            [("name", name), ("type", type), ("country", country), ("description", description), ("website", website)],
            doc.QuerySelectorAll("form [aria-invalid=true]").Select(field => (field.Id!, doc.GetElementById(field.GetAttribute("aria-describedby")!)?.TextContent)));
    }

    [Fact]
    public async Task OrganisationForm_FailedPost_KeepsWhatWasTyped()
    {
        var typed = new OrganisationInput { Name = "Mina El Roble", Type = "large_scale_mining", Country = "CO", Description = "Line one\nLine two", Website = "https://roble.example.org" };

        var doc = await Render<OrganisationForm>("es", p => Parameters(p, typed, new FieldErrors()));

        Assert.Equal("Mina El Roble", doc.QuerySelector("#name")?.GetAttribute("value"));
        Assert.Equal("large_scale_mining", doc.QuerySelector("#type option[selected]")?.GetAttribute("value"));
        Assert.Equal("CO", doc.QuerySelector("#country option[selected]")?.GetAttribute("value"));
        Assert.Equal("Line one\nLine two", doc.QuerySelector("#description")?.TextContent);
        Assert.Equal("https://roble.example.org", doc.QuerySelector("#website")?.GetAttribute("value"));
        Assert.Empty(doc.QuerySelectorAll("[aria-invalid]"));
    }

    [Fact]
    public async Task OrganisationForm_Duplicate_LinksToExistingOrganisation()
    {
        var existing = new OrganisationListItem(Guid.NewGuid(), "Mina El Roble", StakeholderType.LargeScaleMining, "CO");

        var doc = await Render<OrganisationForm>("fr", p =>
        {
            Parameters(p, new OrganisationInput { Name = "mina el roble" }, new FieldErrors());
            p[nameof(OrganisationForm.Duplicate)] = existing;
        });

        var link = doc.QuerySelector($"form a[href='/organisations/{existing.Id}']");
        Assert.Equal("Ouvrir l’organisation existante : Mina El Roble", link?.TextContent);
    }

    [Fact]
    public async Task OrganisationForm_EveryControl_HasALabel()
    {
        var doc = await Render<OrganisationForm>("en", p => Parameters(p, new OrganisationInput(), new FieldErrors()));

        Assert.All(doc.QuerySelectorAll("form input:not([type=hidden]), form select, form textarea"), control =>
            Assert.NotNull(doc.QuerySelector($"label[for='{control.Id}']")));
    }

    [Fact]
    public void Check_ValidInput_TrimsAndReturnsDetails()
    {
        var (details, errors) = CheckIn("en", new OrganisationInput { Name = "  Defensoría del Pueblo ", Type = "oversight_body", Country = "CO", Description = " ", Website = " https://defensoria.example.org " });

        Assert.False(errors.Any);
        Assert.Equal(new OrganisationDetails("Defensoría del Pueblo", StakeholderType.OversightBody, "CO", null, "https://defensoria.example.org"), details);
    }

    private static void Parameters(Dictionary<string, object?> p, OrganisationInput input, FieldErrors errors)
    {
        p[nameof(OrganisationForm.Input)] = input;
        p[nameof(OrganisationForm.Errors)] = errors;
        p[nameof(OrganisationForm.FormName)] = "new-organisation";
        p[nameof(OrganisationForm.SubmitText)] = "Submit";
    }

    private static (OrganisationDetails? Details, FieldErrors Errors) CheckIn(string culture, OrganisationInput input)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var errors = new FieldErrors();
            return (OrganisationChecks.Check(errors, Text, input), errors);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
