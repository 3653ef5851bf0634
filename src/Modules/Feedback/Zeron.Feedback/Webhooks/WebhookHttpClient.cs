using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zeron.SharedKernel.Network;

namespace Zeron.Feedback.Webhooks;

/// <summary>The named HttpClient for deliveries: short timeouts, behind the outbound guard (no redirects, public targets only).</summary>
internal static class WebhookHttpClient
{
    public const string Name = "zeron-webhooks";

    public static void AddWebhookHttpClient(this IServiceCollection services) =>
        services.AddHttpClient(Name, c =>
            {
                c.Timeout = TimeSpan.FromSeconds(10);
                c.DefaultRequestHeaders.UserAgent.ParseAdd("Zeron-Webhooks/1.0");
            })
            .AddOutboundGuard(
                allowPrivate: sp => sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateTargets,
                configure: handler => handler.ConnectTimeout = TimeSpan.FromSeconds(5));
}
