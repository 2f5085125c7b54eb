using Microsoft.AspNetCore.Identity;

namespace Platform.Web.Accounts;

/// <summary>Checks a new-account form (setup, accepted invitation) completely before any link is used up.</summary>
public static class NewAccountChecks
{
    public static async Task<FieldErrors> ValidateAsync(NewAccountInput input, IStringLocalizer<Text> text, UserManager<User> users, User user, bool emailEditable)
    {
        var errors = new FieldErrors();
        FormChecks.DisplayName(errors, text, "Input.DisplayName", input.DisplayName);
        if (emailEditable)
        {
            FormChecks.Email(errors, text, "Input.Email", input.Email);
        }

        if (!errors.Any && await users.FindByEmailAsync(user.Email) is not null)
        {
            errors.Add("Input.Email", text["Identity.DuplicateEmail"]);
        }

        FormChecks.Required(errors, text, "Input.Password", input.Password);
        if (errors["Input.Password"] is null && await PasswordCheck.FirstProblemAsync(users, user, input.Password) is { } problem)
        {
            errors.Add("Input.Password", problem);
        }

        FormChecks.Confirmation(errors, text, "Input.ConfirmPassword", input.Password, input.ConfirmPassword);
        return errors;
    }
}
