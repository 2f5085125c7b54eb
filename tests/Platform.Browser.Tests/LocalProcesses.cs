using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Platform.Browser.Tests;

/// <summary>What a test that starts processes of its own asks Linux: is a process running, who is its parent, is a port answering.</summary>
internal static class LocalProcesses
{
    /// <summary>A process that exited but was not reaped yet (a zombie) runs no more.</summary>
    public static bool Running(int pid) => Stat(pid) is { } stat && stat.State != 'Z';

    public static (char State, int Parent)? Stat(int pid)
    {
        try
        {
            // "pid (name) S ppid …": the name may hold spaces and parentheses, so read from the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "gone";
        }
    }

    public static bool Accepts(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
