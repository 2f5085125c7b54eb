using Microsoft.AspNetCore.Identity;

namespace Platform.Web.Accounts;

/// <summary>Runs Identity's password validators before anything irreversible, such as using up a one-time link.</summary>
public static class PasswordCheck
{
    /// <summary>Returns the first problem with <paramref name="password"/>, or null when it is acceptable.</summary>
    public static async Task<string?> FirstProblemAsync(UserManager<User> users, User user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded)
            {
                return result.Errors.First().Description;
            }
        }

        return null;
    }
}
