using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback;
using Zeron.IntegrationTests.Integrations.Llm;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Tests.Shared;
using Zeron.Tests.Shared.Llm;

namespace Zeron.IntegrationTests.Integrations.Ai;

/// <summary>
/// With both providers configured (loopback stand-ins): the status is the router's (on, models, a cooldown after a
/// long <c>Retry-After</c>), a real call lands in the usage report and the month's spending, and a budget set through
/// the API refuses the next call, which the admin page says.
/// </summary>
public sealed class AiStatusWithProvidersTests(AiStatusWithProvidersTests.Factory app) : IClassFixture<AiStatusWithProvidersTests.Factory>
{
    /// <summary>Timeouts long enough that a loaded machine never turns the scripted 429 into a timeout.</summary>
    public sealed class Factory : LlmAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> LlmSettings => new Dictionary<string, string?>
        {
            ["Zeron:Llm:Anthropic:TimeoutSeconds"] = "60",
            ["Zeron:Llm:OpenAI:TimeoutSeconds"] = "60",
            ["Zeron:Llm:FailuresBeforeCooldown"] = "1000",
        };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Status_usage_and_budget_follow_real_calls_through_the_router()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"AI on {Guid.NewGuid():N}");

        var before = await StatusAsync(admin, org);
        before["enabled"]!.GetValue<bool>().Should().BeTrue();
        Providers(before).Should().Equal(("anthropic", "claude-haiku-4-5", "ok", false), ("openai", "gpt-5-mini", "ok", false));
        before["spentUsd"]!.GetValue<decimal>().Should().Be(0m);

        app.Claude.Enqueue(AnthropicReply.RateLimited(retryAfterSeconds: 120));
        var answer = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));
        answer.Value.Provider.Should().Be("openai");
        answer.Value.CostUsd.Should().BePositive();

        var after = await StatusAsync(admin, org);
        Providers(after).Should().Equal(("anthropic", "claude-haiku-4-5", "cooldown", true), ("openai", "gpt-5-mini", "ok", false));
        after["spentUsd"]!.GetValue<decimal>().Should().Be(answer.Value.CostUsd);

        var byModel = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/ai/usage?groupBy=model", Ct))!;
        var row = byModel["items"]!.AsArray().Should().ContainSingle().Which!;
        row["key"]!.GetValue<string>().Should().Be("openai/gpt-5-mini");
        row["calls"]!.GetValue<long>().Should().Be(1);
        row["fallbacks"]!.GetValue<long>().Should().Be(1);
        row["costUsd"]!.GetValue<decimal>().Should().Be(answer.Value.CostUsd);
        var byFeature = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/ai/usage?groupBy=feature", Ct))!;
        byFeature["items"]![0]!["key"]!.GetValue<string>().Should().Be("triage");

        using (var put = await admin.PutAsync($"/api/v1/orgs/{org}/ai/budget", ZeronApi.Json("{\"monthlyUsd\": 0}"), Ct))
        {
            put.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var sent = app.Claude.Requests.Count + app.OpenAi.Requests.Count;
        (await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)))).Error.Should().Be(AiErrors.BudgetExceeded);
        (app.Claude.Requests.Count + app.OpenAi.Requests.Count).Should().Be(sent, "a refused call reaches no provider");

        using var browser = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);
        var page = await browser.GetStringAsync("/admin/ai", Ct);
        page.Should().NotContain("AI is off").And.Contain("The monthly AI budget is used up").And.Contain("ai-state-cooldown");
    }

    private static async Task<JsonObject> StatusAsync(HttpClient admin, Guid org) =>
        (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/ai/status", Ct))!;

    private static IEnumerable<(string, string?, string, bool)> Providers(JsonObject status) =>
        status["providers"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["model"]?.GetValue<string>(), p["state"]!.GetValue<string>(), p["until"] is not null));
}
