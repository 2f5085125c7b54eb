using System.Diagnostics;
using System.Globalization;
using Platform.Grains.Incidents;

namespace Platform.Benchmarks.Incidents;

/// <summary>
/// What one receipt-code check costs (PBKDF2-SHA-256, <see cref="ReceiptCode.Iterations"/> iterations): the price of
/// each guess, to the server and to anyone holding a copy of the database.
/// </summary>
internal static class ReceiptCodeTiming
{
    public static int Run(string[] args)
    {
        var checks = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var code = ReceiptCode.New();
        var stored = code.Hash();
        var wrong = ReceiptCode.New();
        _ = wrong.Matches(stored); // warm-up
        var times = new List<double>(checks);
        for (var i = 0; i < checks; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = wrong.Matches(stored);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT receipt-check iterations={ReceiptCode.Iterations} checks={checks} median_ms={times[times.Count / 2]:F1} p95_ms={times[(int)(times.Count * 0.95)]:F1} guesses_per_core_second={1000 / times[times.Count / 2]:F1}"));
        return 0;
    }
}
