using System.Globalization;

namespace Platform.Web.Tests;

/// <summary>Sets the current culture and UI culture (formats and words) until disposed, as the request localisation does.</summary>
public static class Culture
{
    public static IDisposable Use(string name)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        return new Restore(previous);
    }

    public static T In<T>(string name, Func<T> read)
    {
        using (Use(name))
        {
            return read();
        }
    }

    private sealed class Restore((CultureInfo Culture, CultureInfo UICulture) previous) : IDisposable
    {
        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
    }
}
