using Platform.Grains.Tests;

namespace Platform.Browser.Tests;

/// <summary>
/// The W3C Nu HTML checker: <c>vnu-jar</c> from npm (tests/html-check) on Java from Debian. Without Java the check is left
/// out on a developer's machine; under CI=true it fails, so pages can never pass unchecked.
/// </summary>
internal sealed class HtmlChecker(string java, string jar)
{
    private static readonly bool IsCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static async Task<HtmlChecker?> FindAsync()
    {
        var java = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "java")).FirstOrDefault(File.Exists);
        if (java is null)
        {
            return IsCi ? throw new InvalidOperationException("CI=true but java is missing; .ci/run installs default-jre-headless.") : null;
        }

        if (NodePackage.FindNode() is null && !IsCi)
        {
            return null;
        }

        var folder = await NodePackage.ReadyAsync("html-check");
        return new HtmlChecker(java, Path.Combine(folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"));
    }

    /// <summary>Every error in the HTML files of <paramref name="folder"/>, one per line (file:line.column: error: message).</summary>
    public Task<string> RunAsync(string folder) =>
        NodePackage.RunAsync(java, folder, ["-Xss4m", "-jar", jar, "--errors-only", "--format", "gnu", "--stdout", "--exit-zero-always", "--skip-non-html", folder]);
}
