using Microsoft.AspNetCore.Identity;

namespace Platform.Web.Accounts;

/// <summary>Identity's error messages in the reader's language, for the errors our forms can meet.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<Text> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Identity.DefaultError");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Identity.ConcurrencyFailure");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Identity.PasswordMismatch");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Identity.InvalidToken");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Account.EmailInvalid");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Account.EmailInvalid");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Identity.DuplicateEmail");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Identity.DuplicateEmail");

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = text["Account.PasswordTooShort", length] };

    private IdentityError Error(string code, string key) => new() { Code = code, Description = text[key] };
}
