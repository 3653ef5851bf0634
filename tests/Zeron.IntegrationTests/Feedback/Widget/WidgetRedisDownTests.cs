using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>Rate limits live in Redis; when Redis does not answer, the widget keeps taking feedback (fail open).</summary>
public sealed class WidgetRedisDownTests(WidgetRedisDownTests.NoRedisFactory app) : IClassFixture<WidgetRedisDownTests.NoRedisFactory>
{
    [Fact]
    public async Task Submissions_are_accepted_when_redis_is_unreachable()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);

        using var response = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "no-redis"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await project.CountItemsAsync()).Should().Be(1);
    }

    public sealed class NoRedisFactory : ZeronAppFactory
    {
        // Port 1 on loopback: nothing listens, so every Redis command fails (quickly, with these timeouts).
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = "127.0.0.1:1,connectTimeout=500,syncTimeout=500,asyncTimeout=500,connectRetry=0",
        };
    }
}
