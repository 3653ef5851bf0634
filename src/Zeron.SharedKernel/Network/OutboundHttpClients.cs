using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zeron.SharedKernel.Settings;
using Microsoft.Extensions.Options;

namespace Zeron.SharedKernel.Network;

/// <summary>Registration of the outbound guard: one line puts any module's HttpClient behind it.</summary>
public static class OutboundHttpClients
{
    /// <summary>
    /// Makes the client's primary handler a <see cref="SocketsHttpHandler"/> that connects through
    /// <see cref="OutboundGuard.ConnectAsync"/>, follows no redirects (a 3xx could point anywhere, inside the network
    /// included), uses no proxy (the proxy, not the guard, would pick the address), keeps no cookies, and never
    /// speaks HTTP/3 (QUIC connects without the callback: <see cref="NoQuicHandler"/>).
    /// <paramref name="configure"/> may set timeouts and pooling; the guard's settings are applied after it.
    /// <paramref name="allowPrivate"/> is a module's own switch (e.g. <c>Zeron__Webhooks__AllowPrivateTargets</c>),
    /// honoured besides <c>Zeron__Network__AllowPrivateTargets</c>.
    /// </summary>
    public static IHttpClientBuilder AddOutboundGuard(this IHttpClientBuilder builder,
        Func<IServiceProvider, bool>? allowPrivate = null, Action<SocketsHttpHandler>? configure = null)
    {
        builder.Services.AddOutboundGuard();
        builder.AddHttpMessageHandler(() => new NoQuicHandler());
        return builder.ConfigurePrimaryHttpMessageHandler(sp =>
        {
            var guard = sp.GetRequiredService<OutboundGuard>();
            var allow = allowPrivate?.Invoke(sp) ?? false;
            var handler = new SocketsHttpHandler();
            configure?.Invoke(handler);
            handler.AllowAutoRedirect = false;
            handler.UseProxy = false;
            handler.UseCookies = false;
            handler.ConnectCallback = (context, ct) => guard.ConnectAsync(context.DnsEndPoint, allow, ct);
            return handler;
        });
    }

    /// <summary>The guard, its settings (<c>Zeron:Network</c>, checked at start) and the system resolver; safe to call more than once.</summary>
    public static IServiceCollection AddOutboundGuard(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(OutboundGuard)))
        {
            return services;
        }

        services.AddOptions<NetworkOptions>().BindSwitch($"{NetworkOptions.Section}:AllowPrivateTargets", (o, on) => o.AllowPrivateTargets = on);
        services.TryAddSingleton<IHostNameResolver, SystemHostNameResolver>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LocalMachine>();
        services.TryAddSingleton<OutboundGuard>();
        return services;
    }
}
