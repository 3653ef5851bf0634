using System.Net;
using System.Net.Sockets;
using System.Text;
using AwesomeAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.SharedKernel.Network;
using Zeron.Tests.Shared;

namespace Zeron.UnitTests.SharedKernel.Network;

/// <summary>
/// The connect-time half of the guard, through <c>AddOutboundGuard</c> as modules register it, against a real HTTP
/// server on loopback. Names are resolved by <see cref="MappedResolver"/> (public names cannot be looked up offline),
/// so a name can pass every save-time rule and still resolve inside the network.
/// </summary>
public sealed class OutboundConnectTests : IAsyncDisposable
{
    private const string Name = "hooks.example.com";

    private readonly TcpListener _server = new(IPAddress.Loopback, 0);
    private readonly List<string> _requests = [];

    public OutboundConnectTests() => _server.Start();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int Port => ((IPEndPoint)_server.LocalEndpoint).Port;

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("93.184.216.34,127.0.0.1")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946,::ffff:127.0.0.1")]
    [InlineData("64:ff9b::7f00:1")]
    public async Task A_public_looking_name_that_resolves_to_any_non_public_address_is_refused_and_never_connected(string addresses)
    {
        var resolver = new MappedResolver((Name, addresses.Split(',')));
        using var client = Client(resolver);
        var refused = await client.Invoking(c => c.GetAsync($"http://{Name}:{Port}/hook", Ct)).Should().ThrowAsync<HttpRequestException>();
        refused.Which.Message.Should().StartWith($"Refused: {Name} resolves to a non-public address").And.NotContain("127.0.0.1");
        _server.Pending().Should().BeFalse("nothing connected to the loopback server");
    }

    [Theory]
    [InlineData("localhost.")]
    [InlineData("LocalHost.")]
    [InlineData("localhost.localdomain")]
    [InlineData("api.localhost")]
    [InlineData("printer.local")]
    [InlineData("jira")]
    public async Task Local_names_are_refused_without_a_lookup(string host)
    {
        var resolver = new MappedResolver((host, ["127.0.0.1"]));
        using var client = Client(resolver);
        (await client.Invoking(c => c.GetAsync($"http://{host}:{Port}/", Ct)).Should().ThrowAsync<HttpRequestException>())
            .Which.Message.Should().StartWith("Refused:");
        resolver.Asked.Should().BeEmpty();
        _server.Pending().Should().BeFalse();
    }

    [Fact]
    public async Task The_machine_own_name_is_refused_as_resolved_by_the_system()
    {
        using var client = Client(resolver: null);
        (await client.Invoking(c => c.GetAsync($"http://{Dns.GetHostName()}:{Port}/", Ct)).Should().ThrowAsync<HttpRequestException>())
            .Which.Message.Should().StartWith("Refused:");
        _server.Pending().Should().BeFalse();
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("[::ffff:127.0.0.1]")]
    public async Task Address_literals_are_refused(string host)
    {
        using var client = Client(new MappedResolver());
        (await client.Invoking(c => c.GetAsync($"http://{host}:{Port}/", Ct)).Should().ThrowAsync<HttpRequestException>())
            .Which.Message.Should().StartWith("Refused:");
        _server.Pending().Should().BeFalse();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Either_switch_allows_the_connection_to_the_address_resolved_once(bool networkSwitch, bool moduleSwitch)
    {
        var resolver = new MappedResolver((Name, ["127.0.0.1"]));
        using var client = Client(resolver, networkSwitch, moduleSwitch);
        var serving = ServeAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        using var response = await client.GetAsync($"http://{Name}:{Port}/hook", Ct);
        await serving;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _requests.Should().ContainSingle().Which.Should().Contain($"Host: {Name}:{Port}");
        resolver.Asked.Should().Equal(Name);
    }

    [Fact]
    public async Task Redirects_are_answered_not_followed()
    {
        using var client = Client(new MappedResolver((Name, ["127.0.0.1"])), networkSwitch: true);
        var serving = ServeAsync("HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var response = await client.GetAsync($"http://{Name}:{Port}/", Ct);
        await serving;
        response.StatusCode.Should().Be(HttpStatusCode.Found);
        _requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_request_for_http3_goes_over_the_guarded_tcp_connection_not_quic()
    {
        var resolver = new MappedResolver((Name, ["127.0.0.1"]));
        using var client = Client(resolver, networkSwitch: true);
        var serving = ServeAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://{Name}:{Port}/") { Version = HttpVersion.Version30, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var response = await client.SendAsync(request, Ct);
        await serving;
        response.Version.Should().Be(HttpVersion.Version11);
        resolver.Asked.Should().Equal(Name);
    }

    public async ValueTask DisposeAsync()
    {
        _server.Stop();
        _server.Dispose();
        await Task.CompletedTask;
    }

    private static HttpClient Client(MappedResolver? resolver, bool networkSwitch = false, bool moduleSwitch = false)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Zeron:Network:AllowPrivateTargets"] = networkSwitch ? "true" : "false" })
            .Build());
        if (resolver is not null)
        {
            services.AddSingleton<IHostNameResolver>(resolver);
        }

        services.AddHttpClient("guarded").AddOutboundGuard(allowPrivate: _ => moduleSwitch);
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient("guarded");
    }

    /// <summary>Accepts one connection, records the request head and writes <paramref name="response"/>.</summary>
    private async Task ServeAsync(string response)
    {
        using var connection = await _server.AcceptTcpClientAsync(Ct);
        var stream = connection.GetStream();
        var head = new StringBuilder();
        var buffer = new byte[4096];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, Ct);
            if (read == 0)
            {
                break;
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        _requests.Add(head.ToString());
        await stream.WriteAsync(Encoding.ASCII.GetBytes(response), Ct);
    }
}
