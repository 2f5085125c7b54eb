namespace Platform.Grains.Tests.Storage;

public sealed class OwnerOnlyTests : IDisposable
{
    private const UnixFileMode OpenFile = OwnerOnly.Files | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly string root = Directory.CreateTempSubdirectory("roundtable-owner-").FullName;

    [Fact]
    public void Tighten_DataFolderReachedThroughALink_TightensWhatTheLinkPointsTo()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var real = Directory.CreateDirectory(Path.Combine(root, "real"), OwnerOnly.Directories | UnixFileMode.OtherRead | UnixFileMode.OtherExecute).FullName;
        var file = Path.Combine(real, "roundtable.db");
        File.WriteAllText(file, "db");
        File.SetUnixFileMode(file, OpenFile);
        var link = Directory.CreateSymbolicLink(Path.Combine(root, "data"), real).FullName;

        var changed = OwnerOnly.Tighten(link);

        Assert.Equal([real, file], changed);
        Assert.Equal(OwnerOnly.Files, File.GetUnixFileMode(file));
        Assert.Equal(OwnerOnly.Directories, File.GetUnixFileMode(real));
    }

    [Fact]
    public void Tighten_LinkInsideToAFileElsewhere_LeavesThatFileAlone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var data = Directory.CreateDirectory(Path.Combine(root, "data"), OwnerOnly.Directories).FullName;
        var elsewhere = Path.Combine(root, "shared.txt");
        File.WriteAllText(elsewhere, "not ours");
        File.SetUnixFileMode(elsewhere, OpenFile);
        File.CreateSymbolicLink(Path.Combine(data, "shared.txt"), elsewhere);

        var changed = OwnerOnly.Tighten(data);

        Assert.Empty(changed);
        Assert.Equal(OpenFile, File.GetUnixFileMode(elsewhere));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
