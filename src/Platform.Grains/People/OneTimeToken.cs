using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Grains.People;

/// <summary>A random single-use link token; only its hash is ever stored.</summary>
public sealed record OneTimeToken(string Value, string Hash)
{
    /// <summary>32 random bytes, base64url so the token sits in a URL without escaping.</summary>
    public static OneTimeToken Create()
    {
        var value = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return new OneTimeToken(value, HashOf(value));
    }

    public static string HashOf(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
