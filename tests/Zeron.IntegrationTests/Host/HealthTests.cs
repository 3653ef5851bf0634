using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Npgsql;
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
        body["checks"]!["outbox"]!.GetValue<string>().Should().Be("Healthy");
        body["details"]!.AsObject().Should().BeEmpty();
    }
}

/// <summary>An outbox that is not moving makes readiness Degraded (still 200) and says which module and why.</summary>
public sealed class OutboxHealthTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Given_up_and_long_waiting_events_make_readiness_degraded_naming_the_module()
    {
        await using (var db = await app.OpenDatabaseAsync())
        {
            // One event the dispatcher gave up on, and one that has waited an hour (its type cannot load, so it stays).
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO feedback.outbox_messages (id, type, payload, occurred_at, attempts, last_error)
                VALUES (gen_random_uuid(), 'Nowhere.Event, Nowhere', '{}', now() - interval '2 hours', 25, 'receiver gone'),
                       (gen_random_uuid(), 'Nowhere.Event, Nowhere', '{}', now() - interval '1 hour', 0, null)
                """, db);
            await insert.ExecuteNonQueryAsync(Ct);
        }

        using var client = app.CreateClient();
        using var response = await client.GetAsync("/health/ready", Ct);
        var body = await response.ReadJsonAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, "a stuck outbox is no reason to stop serving");
        body["status"]!.GetValue<string>().Should().Be("Degraded");
        body["checks"]!["outbox"]!.GetValue<string>().Should().Be("Degraded");
        var detail = body["details"]!["outbox"]!.GetValue<string>();
        detail.Should().Contain("Feedback: 1 event(s) given up").And.Contain("the oldest for 6");
    }
}
