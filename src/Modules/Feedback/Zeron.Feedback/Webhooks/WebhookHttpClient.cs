using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Zeron.Feedback.Webhooks;

/// <summary>The named HttpClient for deliveries: short timeouts, no redirects, and a connect step that refuses private targets.</summary>
internal static class WebhookHttpClient
{
    public const string Name = "zeron-webhooks";

    public static void AddWebhookHttpClient(this IServiceCollection services) =>
        services.AddHttpClient(Name, c =>
            {
                c.Timeout = TimeSpan.FromSeconds(10);
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Zeron-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var allowPrivate = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateTargets;
                return new SocketsHttpHandler
                {
                    // A redirect could point anywhere (including inside the network): a 3xx is a failed delivery.
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    UseProxy = false,
                    ConnectTimeout = TimeSpan.FromSeconds(5),
                    ConnectCallback = (context, ct) => ConnectAsync(context, allowPrivate, ct),
                };
            });

    /// <summary>Resolves the host and connects only to an address that passes <see cref="WebhookTargets.IsPublic"/>.</summary>
    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = addresses.Where(a => allowPrivate || WebhookTargets.IsPublic(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(
                $"Refused: {context.DnsEndPoint.Host} is not a public address (Zeron__Webhooks__AllowPrivateTargets=true allows private targets).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
