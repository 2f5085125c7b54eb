namespace Platform.Messages.Notifications;

/// <summary>Runs a composition in a recipient's language: the localizer reads CurrentUICulture, which is async-local.</summary>
public static class MailCulture
{
    public static T In<T>(string? language, Func<T> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(SupportedCultures.Match(language) ?? SupportedCultures.Default);
        try
        {
            return compose();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
