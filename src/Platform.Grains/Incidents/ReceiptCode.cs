namespace Platform.Grains.Incidents;

/// <summary>
/// The code a person who reports through the public form keeps to come back: 16 digits from a CSPRNG, shown once in
/// groups of four. Only <see cref="Lookup"/> (its first four digits, which narrow the search) and a slow salted hash of
/// the whole code (<see cref="Hash"/>) are stored; the code itself never leaves the answer that shows it.
/// </summary>
public sealed class ReceiptCode
{
    public const int Digits = 16;

    public const int LookupDigits = 4;

    /// <summary>PBKDF2-SHA-256 iterations: each wrong guess costs the server (and a thief of the database) this much.</summary>
    public const int Iterations = 210_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private ReceiptCode(string digits) => Value = digits;

    /// <summary>The 16 digits, without separators.</summary>
    public string Value { get; }

    /// <summary>The first four digits, stored in clear in <c>incident_receipt.lookup</c>.</summary>
    public string Lookup => Value[..LookupDigits];

    /// <summary>As the person reads it: "1234 5678 9012 3456".</summary>
    public string Grouped => string.Join(' ', Enumerable.Range(0, Digits / 4).Select(i => Value.Substring(i * 4, 4)));

    public static ReceiptCode New()
    {
        var digits = new StringBuilder(Digits);
        for (var i = 0; i < Digits; i++)
        {
            digits.Append((char)('0' + RandomNumberGenerator.GetInt32(10)));
        }

        return new ReceiptCode(digits.ToString());
    }

    /// <summary>
    /// The code a person typed, with spaces, dashes and dots removed (full-width or other Unicode digits are read as
    /// digits too); null when what remains is not exactly 16 digits.
    /// </summary>
    public static ReceiptCode? Parse(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 64)
        {
            return null;
        }

        var digits = new StringBuilder(Digits);
        foreach (var c in typed)
        {
            if (char.IsDigit(c))
            {
                digits.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
            else if (!(char.IsWhiteSpace(c) || c is '-' or '.' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212'))
            {
                return null;
            }
        }

        return digits.Length == Digits ? new ReceiptCode(digits.ToString()) : null;
    }

    /// <summary>A fresh salted hash of the whole code, for <c>incident_receipt.code_hash</c>: "pbkdf2-sha256$iterations$salt$hash".</summary>
    public string Hash()
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(salt, Iterations);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether this code is the one <paramref name="stored"/> was made from; compared in constant time.</summary>
    public bool Matches(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 100_000)
        {
            return false;
        }

        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        return expected.Length == HashBytes && CryptographicOperations.FixedTimeEquals(Derive(salt, iterations), expected);
    }

    private byte[] Derive(byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(Value), salt, iterations, HashAlgorithmName.SHA256, HashBytes);

    /// <summary>Never the digits: a code must not reach a log through a formatted object.</summary>
    public override string ToString() => "ReceiptCode(…)";
}
