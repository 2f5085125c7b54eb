using System.Net;
using System.Net.Sockets;

namespace Platform.Tests;

/// <summary>
/// Ports for the servers tests start (silos, gateways, PostgreSQL). Asking the kernel for port 0 and releasing it
/// raced: an outgoing connection or another test could take the port before the server bound it ("address already in
/// use"). These come from below the kernel's ephemeral range (32768 and up on Linux), which outgoing connections never
/// get, and below 30000, Orleans' default gateway port, which a host the browser tests start as a process keeps; never
/// twice in one process, and from a random start, which keeps two test processes apart.
/// </summary>
public static class TestPorts
{
    private const int First = 20_000;
    private const int Count = 10_000;
    private static int next = Random.Shared.Next(Count);

    public static int Free() => FreeRun(1);

    /// <summary>The first of <paramref name="count"/> consecutive free ports, for a script that numbers its hosts' ports from a base.</summary>
    public static int FreeRun(int count)
    {
        for (var tried = 0; tried < Count; tried += count)
        {
            var first = First + ((Interlocked.Add(ref next, count) - count) % (Count - count + 1));
            if (Enumerable.Range(first, count).All(IsFree))
            {
                return first;
            }
        }

        throw new InvalidOperationException($"No {count} free consecutive ports from {First} to {First + Count - 1}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
