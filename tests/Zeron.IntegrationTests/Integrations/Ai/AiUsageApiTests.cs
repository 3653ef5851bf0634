using System.Net;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;
using static Zeron.IntegrationTests.Integrations.Ai.AiLedgerRows;

namespace Zeron.IntegrationTests.Integrations.Ai;

/// <summary>
/// <c>GET …/ai/usage</c> over ledger rows of two organizations: exact sums per day, feature and model, settled rows
/// only, the span's edges in UTC, and each bad parameter a 400 naming it.
/// </summary>
public sealed class AiUsageApiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task By_day_every_day_of_the_span_is_there_with_exact_sums_of_settled_rows_of_this_organization_only()
    {
        var (admin, org) = await SeededAsync();
        var report = await UsageAsync(admin, org, "from=2026-03-01&to=2026-03-03&groupBy=day");

        report["from"]!.GetValue<string>().Should().Be("2026-03-01");
        report["to"]!.GetValue<string>().Should().Be("2026-03-03");
        report["groupBy"]!.GetValue<string>().Should().Be("day");
        var items = report["items"]!.AsArray();
        items.Select(i => i!["key"]!.GetValue<string>()).Should().Equal("2026-03-01", "2026-03-02", "2026-03-03");
        Row(items[0]).Should().Be(new UsageRow(2, 1100, 2000, 500, 300, 70, 0.0173m, 1, 0));
        Row(items[1]).Should().Be(new UsageRow(0, 0, 0, 0, 0, 0, 0m, 0, 0), "the reserved call of that day is not settled yet");
        Row(items[2]).Should().Be(new UsageRow(1, 0, 0, 0, 0, 0, 0m, 0, 1));
        report["totalUsd"]!.GetValue<decimal>().Should().Be(0.0173m);
    }

    [Fact]
    public async Task By_feature_and_by_model_the_same_rows_are_summed_under_their_keys()
    {
        var (admin, org) = await SeededAsync();

        var byFeature = (await UsageAsync(admin, org, "from=2026-03-01&to=2026-03-03&groupBy=feature"))["items"]!.AsArray();
        byFeature.Select(i => i!["key"]!.GetValue<string>()).Should().Equal("conversation", "triage");
        Row(byFeature[0]).Should().Be(new UsageRow(2, 100, 2000, 0, 300, 50, 0.0123m, 0, 1));
        Row(byFeature[1]).Should().Be(new UsageRow(1, 1000, 0, 500, 0, 20, 0.005m, 1, 0));

        var byModel = await UsageAsync(admin, org, "from=2026-03-01&to=2026-03-03&groupBy=model");
        var models = byModel["items"]!.AsArray();
        models.Select(i => i!["key"]!.GetValue<string>()).Should().Equal("anthropic/claude-haiku-4-5", "openai/gpt-5-mini");
        Row(models[0]).Should().Be(new UsageRow(2, 100, 2000, 0, 300, 50, 0.0123m, 0, 1));
        Row(models[1]).Should().Be(new UsageRow(1, 1000, 0, 500, 0, 20, 0.005m, 1, 0));
        byModel["totalUsd"]!.GetValue<decimal>().Should().Be(0.0173m);
    }

    [Fact]
    public async Task Without_parameters_it_is_this_utc_month_so_far_by_day()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Usage default {Guid.NewGuid():N}");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var db = await app.OpenDatabaseAsync())
        {
            await db.InsertAsync(org, DateTimeOffset.UtcNow, "agent", "anthropic", "claude-sonnet-4-5", input: 7, cost: 0.25m);
        }

        var report = await UsageAsync(admin, org, "");
        report["groupBy"]!.GetValue<string>().Should().Be("day");
        report["from"]!.GetValue<string>().Should().Be(today.AddDays(1 - today.Day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        report["to"]!.GetValue<string>().Should().Be(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        report["items"]!.AsArray().Count.Should().Be(today.Day);
        report["items"]!.AsArray()[^1]!["inputTokens"]!.GetValue<long>().Should().Be(7);
        report["totalUsd"]!.GetValue<decimal>().Should().Be(0.25m);
    }

    [Theory]
    [InlineData("from=2026-03-05&to=2026-03-04", "to", "before")]
    [InlineData("from=2025-01-01&to=2026-01-02", "to", "367 days")]
    [InlineData("groupBy=week", "groupBy", "week")]
    [InlineData("groupBy=Day", "groupBy", "Day")]
    [InlineData("from=2026-02-30", "from", "2026-02-30")]
    [InlineData("to=yesterday", "to", "yesterday")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string parameter, string mentioned)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();

        using var response = await admin.GetAsync($"/api/v1/orgs/{org}/ai/usage?{query}", Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal([parameter]);
        problem["errors"]![parameter]![0]!.GetValue<string>().Should().Contain(mentioned);
    }

    [Fact]
    public async Task A_span_of_366_days_is_allowed()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        var report = await UsageAsync(admin, org, "from=2024-01-01&to=2024-12-31");
        report["items"]!.AsArray().Count.Should().Be(366);
    }

    private sealed record UsageRow(long Calls, long Input, long Write5m, long Write1h, long Read, long Output, decimal Cost, long Fallbacks, long Failures);

    private static UsageRow Row(JsonNode? item) => new(
        item!["calls"]!.GetValue<long>(), item["inputTokens"]!.GetValue<long>(), item["cacheWrite5mTokens"]!.GetValue<long>(),
        item["cacheWrite1hTokens"]!.GetValue<long>(), item["cacheReadTokens"]!.GetValue<long>(), item["outputTokens"]!.GetValue<long>(),
        item["costUsd"]!.GetValue<decimal>(), item["fallbacks"]!.GetValue<long>(), item["failures"]!.GetValue<long>());

    private static async Task<JsonObject> UsageAsync(HttpClient admin, Guid org, string query)
    {
        using var response = await admin.GetAsync($"/api/v1/orgs/{org}/ai/usage?{query}", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>
    /// An organization with, in March 2026: two settled calls on the 1st (one at 23:59:59 UTC, one served by the
    /// fallback), a reserved one on the 2nd, a failed one on the 3rd, one just after the span; and another
    /// organization's call on the 1st.
    /// </summary>
    private async Task<(HttpClient Admin, Guid Org)> SeededAsync()
    {
        var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Usage {Guid.NewGuid():N}");
        var other = await admin.CreateOrganizationAsync($"Other {Guid.NewGuid():N}");
        await using var db = await app.OpenDatabaseAsync();
        await db.InsertAsync(org, At(2026, 3, 1, 0, 0, 0), "conversation", "anthropic", "claude-haiku-4-5", input: 100, write5m: 2000, read: 300, output: 50, cost: 0.0123m);
        await db.InsertAsync(org, At(2026, 3, 1, 23, 59, 59), "triage", "openai", "gpt-5-mini", input: 1000, write1h: 500, output: 20, cost: 0.005m, fallback: true);
        await db.InsertAsync(org, At(2026, 3, 2), "conversation", "anthropic", "claude-haiku-4-5", reserved: 5m, outcome: "Reserved");
        await db.InsertAsync(org, At(2026, 3, 3, 23, 0, 0), "conversation", "anthropic", "claude-haiku-4-5", outcome: "Failed");
        await db.InsertAsync(org, At(2026, 3, 4, 0, 0, 0), "conversation", "anthropic", "claude-haiku-4-5", input: 9999, cost: 9m);
        await db.InsertAsync(other, At(2026, 3, 1), "conversation", "anthropic", "claude-haiku-4-5", input: 77777, cost: 7m);
        return (admin, org);
    }
}
