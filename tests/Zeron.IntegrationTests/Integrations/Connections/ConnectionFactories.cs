using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Zeron.SharedKernel.Network;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Connections;

/// <summary>The strict policy, with a resolver that answers loopback for a public-looking name (as a rebinding DNS server would).</summary>
public sealed class ReboundConnectionsFactory : ZeronAppFactory
{
    public const string Name = "llm.rebound.example.com";

    public MappedResolver Resolver { get; } = new((Name, ["127.0.0.1"]));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IHostNameResolver>(Resolver));
    }
}

internal static class ConnectionPaths
{
    public static string Connections(Guid org) => $"/api/v1/orgs/{org}/connections";
}
