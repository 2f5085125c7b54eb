using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Platform.Grains.Tests.Mail;

/// <summary>
/// A minimal SMTP server on loopback (EHLO, MAIL, RCPT, DATA, QUIT), enough for System.Net.Mail to deliver one message
/// over a real socket. <see cref="Received"/> completes with the raw DATA of the first message.
/// </summary>
internal sealed class SmtpSink : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly TaskCompletionSource<string> received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SmtpSink()
    {
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public Task<string> Received => received.Task;

    public List<string> Commands { get; } = [];

    private async Task ServeAsync()
    {
        try
        {
            using var client = await listener.AcceptTcpClientAsync();
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 sink ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                Commands.Add(line);
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteAsync("250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        received.TrySetResult(await ReadDataAsync(reader));
                        await writer.WriteLineAsync("250 queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 ok");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            received.TrySetException(e);
        }
    }

    private static async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append('\n');
        }

        return data.ToString();
    }

    public void Dispose() => listener.Stop();
}
