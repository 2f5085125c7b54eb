using System.Runtime.InteropServices;

namespace Platform.Grains.Storage;

/// <summary>
/// The data folder holds the database, keys, anchors, backups and mail with people's names and addresses: only the
/// account that runs the host may read it. Directories are 0700 and files 0600 whatever the umask.
/// </summary>
public static class OwnerOnly
{
    public const UnixFileMode Directories = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode Files = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupAndOthers = (UnixFileMode)0b000_111_111;

    /// <summary>
    /// Sets the process umask to 077, so every file anyone in the process creates (SQLite's -wal and -shm, the mail
    /// pickup folder, data-protection keys, backups) starts owner-only. No effect on Windows.
    /// </summary>
    public static void RestrictProcessUmask() => SetProcessUmask(0b000_111_111);

    /// <summary>Sets the process umask and returns the previous one (0 on Windows, where there is none).</summary>
    public static uint SetProcessUmask(uint mask) => OperatingSystem.IsWindows() ? 0 : SetUmask(mask);

    /// <summary>Creates <paramref name="path"/> (and missing parents) owner-only, and tightens it if it exists.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, Directories);
        if ((File.GetUnixFileMode(path) & GroupAndOthers) != 0)
        {
            File.SetUnixFileMode(path, Directories);
        }
    }

    /// <summary>Writes a new file readable by its owner only; refuses to overwrite one.</summary>
    public static async Task WriteNewFileAsync(string path, string contents, CancellationToken cancellationToken = default)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = Files;
        }

        await using var stream = new FileStream(path, options);
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(contents.AsMemory(), cancellationToken);
    }

    /// <summary>
    /// Makes every directory under <paramref name="root"/> (and the root) 0700 and every file 0600 where group or others
    /// had any access; returns the paths it changed. A root that is a symbolic link is followed (a data folder mounted
    /// elsewhere); links inside it are left alone (their target may not be ours).
    /// </summary>
    public static IReadOnlyList<string> Tighten(string root)
    {
        var changed = new List<string>();
        if (OperatingSystem.IsWindows() || !Directory.Exists(root))
        {
            return changed;
        }

        var folder = new DirectoryInfo(root);
        TightenEntry(folder.LinkTarget is null ? folder : folder.ResolveLinkTarget(returnFinalTarget: true) ?? folder, changed);
        return changed;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void TightenEntry(FileSystemInfo entry, List<string> changed)
    {
        if (entry.LinkTarget is not null)
        {
            return;
        }

        if ((entry.UnixFileMode & GroupAndOthers) != 0)
        {
            entry.UnixFileMode = entry is DirectoryInfo ? Directories : Files;
            changed.Add(entry.FullName);
        }

        if (entry is DirectoryInfo directory)
        {
            foreach (var child in directory.EnumerateFileSystemInfos())
            {
                TightenEntry(child, changed);
            }
        }
    }

    // DllImport, not LibraryImport: the generated stub would need unsafe code for one call with a blittable argument.
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint SetUmask(uint mask);
}
