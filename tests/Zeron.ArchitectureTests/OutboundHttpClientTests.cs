using System.Net.Http;
using AwesomeAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Xunit;
using Zeron.SharedKernel.Network;

namespace Zeron.ArchitectureTests;

/// <summary>
/// Every HttpClient the modules register connects through the outbound guard (issue 10, point 2): each named or typed
/// client that has any configuration is built as the factory would build it, and its innermost handler is checked.
/// A client registered with no configuration at all leaves no trace in the options and is not seen here;
/// <c>AddOutboundGuard</c> always configures one, so every guarded client is.
/// </summary>
public sealed class OutboundHttpClientTests
{
    [Fact]
    public void Every_http_client_a_module_registers_connects_through_the_outbound_guard_and_follows_no_redirects()
    {
        IServiceCollection services = new ServiceCollection();
        foreach (var descriptor in ModuleRegistrations.All)
        {
            services.Add(descriptor);
        }

        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        var names = ModuleRegistrations.Instances<IConfigureOptions<HttpClientFactoryOptions>>()
            .OfType<ConfigureNamedOptions<HttpClientFactoryOptions>>()
            .Select(o => o.Name ?? Options.DefaultName)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        names.Should().Contain("zeron-webhooks", "the webhook client is one of them (the list is read, not empty)");

        var factory = provider.GetRequiredService<IHttpMessageHandlerFactory>();
        foreach (var name in names)
        {
            HttpMessageHandler handler = factory.CreateHandler(name);
            var chain = new List<HttpMessageHandler>();
            while (handler is DelegatingHandler delegating)
            {
                chain.Add(delegating);
                handler = delegating.InnerHandler!;
            }

            chain.Should().Contain(h => h.GetType().Namespace == typeof(OutboundGuard).Namespace, $"client '{name}' keeps off HTTP/3, which connects past the guard");
            var sockets = handler.Should().BeOfType<SocketsHttpHandler>($"client '{name}' must be registered with AddOutboundGuard()").Subject;
            sockets.ConnectCallback.Should().NotBeNull($"client '{name}' connects through OutboundGuard.ConnectAsync");
            sockets.ConnectCallback!.Method.DeclaringType!.Namespace.Should().Be(typeof(OutboundGuard).Namespace, $"client '{name}' connects through the guard");
            sockets.AllowAutoRedirect.Should().BeFalse($"client '{name}' must not follow redirects past the guard");
            sockets.UseProxy.Should().BeFalse($"client '{name}' must not hand the connection to a proxy");
        }
    }
}
