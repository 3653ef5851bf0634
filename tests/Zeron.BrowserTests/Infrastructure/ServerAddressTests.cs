using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.BrowserTests.Infrastructure;

/// <summary>The browser needs a real socket: the factory's address must be the one Kestrel listens on.</summary>
public sealed class ServerAddressTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task Factory_base_address_is_the_kestrel_address_and_answers_over_the_network()
    {
        app.BaseAddress.Should().Be(app.KestrelAddress());
        app.KestrelAddress().IsLoopback.Should().BeTrue();

        using var client = app.CreateNetworkClient();
        using var response = await client.GetAsync("health/live", TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.Should().BeTrue();
    }
}
