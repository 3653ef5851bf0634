using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy: with <c>Zeron__Http__KnownProxies</c> (IP addresses) or <c>Zeron__Http__KnownNetworks</c>
/// (CIDRs) set, <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> sent by those addresses are honoured, first in
/// the pipeline, so rate limits, logs, <c>Request.IsHttps</c> (HSTS, <c>Secure</c> cookies) and links see the client.
/// Unset (the default), forwarded headers are ignored: nobody may claim another address. Each comma-separated entry
/// is checked at start (<see cref="RequiredSettings"/>).
/// </summary>
internal static class ZeronForwardedHeaders
{
    private const string ProxiesKey = "Zeron:Http:KnownProxies";
    private const string NetworksKey = "Zeron:Http:KnownNetworks";

    /// <summary>One line per entry that is not an IP address (proxies) or a CIDR network (networks).</summary>
    public static IEnumerable<string> Problems(IConfiguration configuration) =>
        Entries(configuration, ProxiesKey).Where(e => !IPAddress.TryParse(e, out _))
            .Select(e => $"{Variable(ProxiesKey)} has \"{e}\", which is not an IP address (e.g. 10.0.0.5,fd00::5).")
            .Concat(Entries(configuration, NetworksKey).Where(e => !System.Net.IPNetwork.TryParse(e, out _))
                .Select(e => $"{Variable(NetworksKey)} has \"{e}\", which is not a network in CIDR notation (e.g. 10.0.0.0/8,fd00::/8)."));

    public static void AddZeronForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Entries(configuration, ProxiesKey).Select(IPAddress.Parse).ToList();
        var networks = Entries(configuration, NetworksKey).Select(e => System.Net.IPNetwork.Parse(e)).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Only the listed addresses are trusted (not the framework's default loopback), and a chain of them is
            // walked back to the first address that is not one of them: the client.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
            o.ForwardLimit = null;
        });
    }

    /// <summary>First in the pipeline, and only when a proxy is configured: otherwise the headers stay ignored.</summary>
    public static void UseZeronForwardedHeaders(this WebApplication app)
    {
        if (Entries(app.Configuration, ProxiesKey).Length + Entries(app.Configuration, NetworksKey).Length > 0)
        {
            app.UseForwardedHeaders();
        }
    }

    private static string[] Entries(IConfiguration configuration, string key) =>
        (configuration[key] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Variable(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
