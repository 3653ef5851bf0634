using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Ai;

/// <summary>
/// <c>GET …/ai/status</c> and <c>PUT …/ai/budget</c>: the status shape, this month's spending (settled cost plus open
/// reservations), the budget's round trip and limits, and who may read and change them.
/// </summary>
public sealed class AiBudgetApiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_status_names_both_providers_and_spends_this_months_settled_cost_plus_open_reservations()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Status {Guid.NewGuid():N}");
        var now = DateTimeOffset.UtcNow;
        var lastMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(-1);
        await using (var db = await app.OpenDatabaseAsync())
        {
            await db.InsertAsync(org, now, "conversation", "anthropic", "claude-haiku-4-5", cost: 1.5m, reserved: 2m);
            await db.InsertAsync(org, now, "triage", "anthropic", "claude-haiku-4-5", reserved: 0.25m, outcome: "Reserved");
            await db.InsertAsync(org, now, "triage", "openai", "gpt-5-mini", cost: 0.0001m, outcome: "Failed");
            await db.InsertAsync(org, lastMonth, "conversation", "anthropic", "claude-haiku-4-5", cost: 100m);
        }

        var status = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/ai/status", Ct))!;

        status.Select(p => p.Key).Should().BeEquivalentTo(["enabled", "providers", "monthlyBudgetUsd", "spentUsd"]);
        status["enabled"]!.GetValueKind().Should().BeOneOf(System.Text.Json.JsonValueKind.True, System.Text.Json.JsonValueKind.False);
        status["monthlyBudgetUsd"].Should().BeNull();
        status["spentUsd"]!.GetValue<decimal>().Should().Be(1.7501m);
        var providers = status["providers"]!.AsArray();
        providers.Select(p => p!["name"]!.GetValue<string>()).Should().BeEquivalentTo(["anthropic", "openai"]);
        foreach (var provider in providers)
        {
            provider!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(["name", "model", "state", "until"]);
            provider["state"]!.GetValue<string>().Should().BeOneOf("ok", "cooldown", "off");
        }
    }

    [Fact]
    public async Task The_budget_round_trips_and_null_removes_it()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Budget {Guid.NewGuid():N}");

        var set = await PutAsync(admin, org, "{\"monthlyUsd\": 25.5}");
        set["monthlyBudgetUsd"]!.GetValue<decimal>().Should().Be(25.5m);
        (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/ai/status", Ct))!["monthlyBudgetUsd"]!.GetValue<decimal>().Should().Be(25.5m);

        (await PutAsync(admin, org, "{\"monthlyUsd\": 0}"))["monthlyBudgetUsd"]!.GetValue<decimal>().Should().Be(0m);
        (await PutAsync(admin, org, "{\"monthlyUsd\": 1000000}"))["monthlyBudgetUsd"]!.GetValue<decimal>().Should().Be(1_000_000m);
        (await PutAsync(admin, org, "{\"monthlyUsd\": null}"))["monthlyBudgetUsd"].Should().BeNull();
        (await PutAsync(admin, org, "{}"))["monthlyBudgetUsd"].Should().BeNull();
        (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/ai/status", Ct))!["monthlyBudgetUsd"].Should().BeNull();

        await using var db = await app.OpenDatabaseAsync();
        (await db.ScalarAsync<long>("SELECT count(*) FROM integrations.ai_budgets WHERE organization_id = @org", ("org", org))).Should().Be(1);
    }

    [Theory]
    [InlineData("{\"monthlyUsd\": -1}", "between 0 and 1,000,000")]
    [InlineData("{\"monthlyUsd\": 1000000.01}", "between 0 and 1,000,000")]
    [InlineData("{\"monthlyUsd\": 12.345}", "2 decimals")]
    public async Task A_budget_out_of_range_or_finer_than_cents_is_a_400_naming_it(string body, string message)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Bad budget {Guid.NewGuid():N}");
        await PutAsync(admin, org, "{\"monthlyUsd\": 10}");

        using var response = await admin.PutAsync($"/api/v1/orgs/{org}/ai/budget", ZeronApi.Json(body), Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!["monthlyUsd"]![0]!.GetValue<string>().Should().Contain(message);
        (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/ai/status", Ct))!["monthlyBudgetUsd"]!.GetValue<decimal>().Should().Be(10m, "a refused change changes nothing");
    }

    [Fact]
    public async Task Members_may_not_read_or_change_it_and_other_organizations_are_404()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync($"Roles {Guid.NewGuid():N}");
        await PutAsync(owner, org, "{\"monthlyUsd\": 10}");
        using var member = await app.CreateMemberClientAsync(owner, org, "Member");
        using var orgAdmin = await app.CreateMemberClientAsync(owner, org, "Admin");

        foreach (var path in new[] { "ai/usage", "ai/status" })
        {
            using var refused = await member.GetAsync($"/api/v1/orgs/{org}/{path}", Ct);
            await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            using var allowed = await orgAdmin.GetAsync($"/api/v1/orgs/{org}/{path}", Ct);
            allowed.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using (var refused = await member.PutAsync($"/api/v1/orgs/{org}/ai/budget", ZeronApi.Json("{\"monthlyUsd\": 99}"), Ct))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        (await PutAsync(orgAdmin, org, "{\"monthlyUsd\": 12}"))["monthlyBudgetUsd"]!.GetValue<decimal>().Should().Be(12m);

        // The organization admin's own organization: the first owner is no member of it, and gets 404 for all three.
        var theirs = await orgAdmin.CreateOrganizationAsync($"Theirs {Guid.NewGuid():N}");
        await PutAsync(orgAdmin, theirs, "{\"monthlyUsd\": 5}");
        foreach (var path in new[] { "ai/usage", "ai/status" })
        {
            using var hidden = await owner.GetAsync($"/api/v1/orgs/{theirs}/{path}", Ct);
            await hidden.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        using (var hidden = await owner.PutAsync($"/api/v1/orgs/{theirs}/ai/budget", ZeronApi.Json("{\"monthlyUsd\": 1}"), Ct))
        {
            await hidden.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        (await orgAdmin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{theirs}/ai/status", Ct))!["monthlyBudgetUsd"]!.GetValue<decimal>().Should().Be(5m);
        (await owner.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/ai/status", Ct))!["monthlyBudgetUsd"]!.GetValue<decimal>().Should().Be(12m);
    }

    private static async Task<JsonObject> PutAsync(HttpClient client, Guid org, string body)
    {
        using var response = await client.PutAsync($"/api/v1/orgs/{org}/ai/budget", ZeronApi.Json(body), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
