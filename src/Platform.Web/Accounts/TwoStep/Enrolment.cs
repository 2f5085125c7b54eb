using QRCoder;

namespace Platform.Web.Accounts.TwoStep;

/// <summary>
/// What a person needs to add Roundtable to an authenticator app: the otpauth address as a QR code (a small PNG inline,
/// ≈1 KB, so a weak link loads it with the page) and the same key in groups of four to type by hand.
/// </summary>
public sealed record Enrolment(string QrImage, int QrSize, string TypedKey)
{
    public const string Issuer = "Roundtable";

    private const int PixelsPerModule = 4;

    public static Enrolment For(string email, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var address = new PayloadGenerator.OneTimePassword { Secret = key, Issuer = Issuer, Label = email }.ToString();
        using var data = QRCodeGenerator.GenerateQrCode(address, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        var image = png.GetGraphic(PixelsPerModule);
        var typed = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        return new Enrolment("data:image/png;base64," + Convert.ToBase64String(image), data.ModuleMatrix.Count * PixelsPerModule, typed);
    }
}
