using Platform.Grains.Journal;
using Platform.Grains.Storage;

namespace Platform.Host.Extensions;

/// <summary>Operator verbs run instead of serving: <c>backup [path]</c> and <c>verify-journal</c>.</summary>
internal static class CommandLineVerbs
{
    /// <summary>Runs a verb such as <c>backup</c> instead of serving; returns true when one ran. Sets the exit code.</summary>
    public static async Task<bool> RunCommandLineVerbAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int? exitCode = args.FirstOrDefault() switch
        {
            "backup" => await BackupAsync(app.Services, PathArgument(args), Console.Out, Console.Error),
            "verify-journal" => await VerifyJournalAsync(app.Services, Console.Out, Console.Error),
            _ => null,
        };
        if (exitCode is null)
        {
            return false;
        }

        Environment.ExitCode = exitCode.Value;
        return true;
    }

    // "backup --Storage:DataDirectory=/srv/data" must not take the configuration switch for the destination.
    private static string? PathArgument(string[] args) =>
        args.Length > 1 && !args[1].StartsWith('-') ? args[1] : null;

    /// <summary>Copies the live database (no migration: a backup must capture the file as it is) and prints the copy's path.</summary>
    internal static async Task<int> BackupAsync(IServiceProvider services, string? path, TextWriter output, TextWriter error)
    {
        // Built on the spot when AddPlatformGrains has not registered it: the verb needs nothing but the database.
        var backup = services.GetService<DatabaseBackup>() ?? new DatabaseBackup(services.GetRequiredService<Database>(), TimeProvider.System);
        try
        {
            await output.WriteLineAsync(await backup.BackupAsync(path));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"backup failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>Walks the journal's hash chain; exit code 0 when intact, 1 when broken, 2 when it cannot be read.</summary>
    internal static async Task<int> VerifyJournalAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var verifier = ActivatorUtilities.GetServiceOrCreateInstance<JournalVerifier>(services);
        try
        {
            var result = await verifier.VerifyAsync();
            await output.WriteLineAsync(result.IsIntact ? $"journal ok: {result.Count} entries" : $"journal broken at seq {result.BrokenAtSeq}");
            return result.IsIntact ? 0 : 1;
        }
        catch (System.Data.Common.DbException e)
        {
            await error.WriteLineAsync($"journal unreadable: {e.Message}");
            return 2;
        }
    }
}
