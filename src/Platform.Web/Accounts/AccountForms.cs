namespace Platform.Web.Accounts;

// Form models bound by [SupplyParameterFromForm]. Mutable because form binding sets properties;
// pages clear password fields before rendering so a password never travels back in the page.

public sealed class SignInInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public bool Remember { get; set; }
}

public sealed class NewAccountInput
{
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ForgotPasswordInput
{
    public string Email { get; set; } = "";
}

public sealed class NewPasswordInput
{
    public string CurrentPassword { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ProfileInput
{
    public string DisplayName { get; set; } = "";
    public string PreferredLanguage { get; set; } = "";
    public string TimeZone { get; set; } = "";
    public string Gender { get; set; } = "";
    public string? GenderDescription { get; set; }
}

public sealed class InviteInput
{
    public string Email { get; set; } = "";
    public string? Role { get; set; }
    public string PreferredLanguage { get; set; } = "";
}

public sealed class CodeInput
{
    public string Code { get; set; } = "";
}

public sealed class PasswordAgainInput
{
    public string Password { get; set; } = "";
}
