using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Platform.Web.Organisations;

/// <summary>
/// A country's name in a language, from ICU's data (the CLDR names every platform uses): Colombia, Alemania, Allemagne.
/// .NET on Linux names regions only in English or in their own language, whatever the UI culture, so the name is asked of
/// the ICU library .NET itself loads (<c>uloc_getDisplayCountry</c>). Where ICU cannot be reached (invariant mode, another
/// platform) the English name stands in.
/// </summary>
internal static class RegionNames
{
    private static readonly ConcurrentDictionary<(string Language, string Code), string> Known = new();

    private static readonly DisplayCountry? Icu = Find();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int DisplayCountry(
        [MarshalAs(UnmanagedType.LPStr)] string locale,
        [MarshalAs(UnmanagedType.LPStr)] string displayLocale,
        [Out, MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 3)] char[] name,
        int capacity,
        ref int status);

    /// <summary>The name of <paramref name="code"/> (ISO 3166-1 alpha-2) in <paramref name="culture"/>'s language, or null.</summary>
    public static string? In(CultureInfo culture, string code)
    {
        if (Icu is null)
        {
            return null;
        }

        return Known.GetOrAdd((culture.TwoLetterISOLanguageName, code), key =>
        {
            var name = new char[128];
            var status = 0;
            var length = Icu("_" + key.Code, key.Language, name, name.Length, ref status);
            return status <= 0 && length > 0 && length <= name.Length ? new string(name, 0, length) : "";
        }) is { Length: > 0 } found ? found : null;
    }

    // ICU's functions carry its major version in their names (uloc_getDisplayCountry_72) unless built without renaming.
    private static DisplayCountry? Find()
    {
        if (!OperatingSystem.IsLinux() || AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant)
        {
            return null;
        }

        for (var version = 90; version >= 50; version--)
        {
            if (NativeLibrary.TryLoad($"libicuuc.so.{version}", out var library))
            {
                return NativeLibrary.TryGetExport(library, $"uloc_getDisplayCountry_{version}", out var function)
                    || NativeLibrary.TryGetExport(library, "uloc_getDisplayCountry", out function)
                    ? Marshal.GetDelegateForFunctionPointer<DisplayCountry>(function)
                    : null;
            }
        }

        return null;
    }
}
