using Microsoft.Extensions.DependencyInjection;
using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Connections;

/// <summary>The named HttpClient for checks: behind the outbound guard (public targets only, no redirects), short timeouts, no retries.</summary>
internal static class ConnectionHttpClient
{
    public const string Name = "zeron-connections";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static void AddConnectionHttpClient(this IServiceCollection services) =>
        services.AddHttpClient(Name, c =>
            {
                c.Timeout = Timeout;
                c.MaxResponseContentBufferSize = 4 * 1024 * 1024;
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Zeron-Connections/1.0");
            })
            .AddOutboundGuard(configure: handler => handler.ConnectTimeout = TimeSpan.FromSeconds(5));
}
