using System.Diagnostics;
using System.Text.Json;

namespace Platform.Grains.Tests.Mail;

/// <summary>
/// tests/smtp-sink in node: nodemailer's smtp-server, an SMTP server we did not write, listening on a free loopback
/// port. <see cref="NextAsync"/> answers each message it received: envelope and raw data.
/// </summary>
internal sealed class SmtpServerProcess : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Process process;

    private SmtpServerProcess(Process process, int port) => (this.process, Port) = (process, port);

    public int Port { get; }

    public static async Task<SmtpServerProcess> StartAsync()
    {
        var folder = await NodePackage.ReadyAsync("smtp-sink");
        var process = Process.Start(NodePackage.Start(NodePackage.Node, folder, ["sink.mjs"])) ?? throw new InvalidOperationException("Could not start the SMTP server.");
        var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30))
            ?? throw new InvalidOperationException($"The SMTP server stopped: {await process.StandardError.ReadToEndAsync()}");
        return new SmtpServerProcess(process, JsonSerializer.Deserialize<Listening>(first, Json)!.Port);
    }

    public async Task<ReceivedMail> NextAsync()
    {
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30))
            ?? throw new InvalidOperationException("The SMTP server stopped before a message arrived.");
        return JsonSerializer.Deserialize<ReceivedMail>(line, Json)!;
    }

    public async ValueTask DisposeAsync()
    {
        // Closing stdin stops the server; kill it if it does not go.
        process.StandardInput.Close();
        if (!process.WaitForExit(5_000))
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private sealed record Listening(int Port);
}

internal sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data);
