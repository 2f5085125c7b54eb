using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Platform.Host.Live;

namespace Platform.Host.Tests.Live;

/// <summary>A browser signed in, and the live hub it opened under its sign-in cookie, as a page left open does.</summary>
internal sealed record SignedInHub(FormClient Browser, HubConnection Hub) : IAsyncDisposable
{
    /// <summary>How long a test waits for something the hub is to send.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Signs <paramref name="email"/> (who exists) in with a new browser and opens the hub on <paramref name="factory"/>.</summary>
    public static async Task<SignedInHub> ConnectAsync(PlatformFactory factory, string email)
    {
        var browser = factory.Browser();
        return new SignedInHub(browser, await factory.HubAsync((await browser.SignInAsync(email, PlatformFactory.Password)).SignInCookie));
    }

    /// <summary>From now on, notes every change the hub sends and whether an unread-count ping came.</summary>
    public Heard Listen()
    {
        var heard = new Heard();
        Hub.On<LiveChange>(LiveDelivery.ChangedMethod, heard.Changes.Enqueue);
        Hub.On(LiveDelivery.NotificationsMethod, () => heard.Ping.TrySetResult());
        return heard;
    }

    /// <summary>Completes when the hub closes this connection.</summary>
    public Task Closed() => Closed(Hub);

    /// <summary>Completes when the hub closes <paramref name="hub"/>.</summary>
    public static Task Closed(HubConnection hub)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        Browser.Dispose();
    }

    /// <summary>What one connection heard.</summary>
    internal sealed class Heard
    {
        public ConcurrentQueue<LiveChange> Changes { get; } = new();

        public TaskCompletionSource Ping { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Pinged => Ping.Task;
    }
}

/// <summary>The live hub of a test host.</summary>
internal static class LiveHubs
{
    /// <summary>Opens the live hub over a WebSocket, as a browser does: the cookie is checked once, when the socket opens.</summary>
    public static async Task<HubConnection> HubAsync(this PlatformFactory factory, string cookie)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, Platform.Host.Live.LiveExtensions.HubPath), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.WebSocketFactory = (context, cancellationToken) =>
                {
                    var client = factory.Server.CreateWebSocketClient();
                    client.ConfigureRequest = request => request.Headers.Cookie = cookie;
                    return new ValueTask<System.Net.WebSockets.WebSocket>(client.ConnectAsync(context.Uri, cancellationToken));
                };
            })
            .Build();
        await hub.StartAsync();
        return hub;
    }
}
