using System.Net;
using System.Net.Sockets;

namespace Platform.Tests;

/// <summary>
/// Ports for the servers tests start (silos, gateways, PostgreSQL). Asking the kernel for port 0 and releasing it
/// raced: an outgoing connection or another test could take the port before the server bound it ("address already in
/// use"). These come from below the kernel's ephemeral range (32768 and up on Linux), which outgoing connections never
/// get, and never twice in one process; a random start keeps two test processes apart.
/// </summary>
public static class TestPorts
{
    private const int First = 20_000;
    private const int Count = 12_000;
    private static int next = Random.Shared.Next(Count);

    public static int Free()
    {
        for (var tried = 0; tried < Count; tried++)
        {
            var port = First + (Interlocked.Increment(ref next) % Count);
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free port from {First} to {First + Count - 1}.");
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
