using System.Net;
using System.Net.Sockets;

namespace Zeron.Tests.Shared;

/// <summary>
/// Clients that connect from their own loopback address (127.x.y.z; Linux routes all of 127/8 to lo), so the app
/// sees each as a different client. Rate limits and sign-in back-off live in the one Redis all test classes share, so
/// a test that makes a client fail on purpose uses its own address and leaves everyone else's budget alone.
/// </summary>
public static class ClientAddress
{
    public static IPAddress RandomLoopback() =>
        new([127, (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(1, 255)]);

    /// <summary>A handler whose connections leave from <paramref name="source"/>.</summary>
    public static SocketsHttpHandler Handler(IPAddress source, CookieContainer? cookies = null) => new()
    {
        UseCookies = cookies is not null,
        CookieContainer = cookies ?? new CookieContainer(),
        AllowAutoRedirect = false,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>A client of <paramref name="app"/> from <paramref name="source"/> (a fresh loopback address if null); no redirects followed.</summary>
    public static HttpClient Client(ZeronAppFactory app, IPAddress? source = null, CookieContainer? cookies = null) =>
        new(Handler(source ?? RandomLoopback(), cookies)) { BaseAddress = app.BaseAddress };
}
