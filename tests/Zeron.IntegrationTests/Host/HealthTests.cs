using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

public sealed class HealthTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task Live_answers_200()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_probes_postgres_and_redis()
    {
        using var client = app.CreateClient();
        var body = await client.GetFromJsonAsync<JsonObject>("/health/ready", TestContext.Current.CancellationToken);
        body!["status"]!.GetValue<string>().Should().Be("Healthy");
        body["checks"]!["postgres"]!.GetValue<string>().Should().Be("Healthy");
        body["checks"]!["redis"]!.GetValue<string>().Should().Be("Healthy");
    }
}
