using System.Text.RegularExpressions;

namespace Platform.Grains.Storage;

/// <summary>One numbered schema step: <c>0003_add_x.sql</c> (portable) or <c>0003_add_x.sqlite.sql</c> (one vendor).</summary>
public sealed partial record Migration(int Number, string Name, string Sql)
{
    /// <summary>Reads the migrations embedded in this assembly that apply to <paramref name="dialect"/>, in order.</summary>
    public static IReadOnlyList<Migration> Embedded(string dialect)
    {
        var assembly = typeof(Migration).Assembly;
        var found = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = FileName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            var vendor = match.Groups["vendor"].Value;
            if (vendor.Length > 0 && !vendor.Equals(dialect, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            found.Add(new Migration(int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd()));
        }

        var duplicate = found.GroupBy(m => m.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share number {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }

        return [.. found.OrderBy(m => m.Number)];
    }

    [GeneratedRegex(@"\.Migrations\.(?<number>\d{4})_(?<name>[a-z0-9_]+?)(\.(?<vendor>sqlite|postgres))?\.sql$")]
    private static partial Regex FileName();
}
