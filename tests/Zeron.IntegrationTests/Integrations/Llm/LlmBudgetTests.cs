using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Tests.Shared;
using Zeron.Tests.Shared.Llm;

namespace Zeron.IntegrationTests.Integrations.Llm;

/// <summary>The monthly budget: reserved before the call under the locked budget row, refused before anything is sent.</summary>
public sealed class LlmBudgetTests(LlmAppFactory app) : IClassFixture<LlmAppFactory>
{
    [Fact]
    public async Task A_call_that_would_pass_the_budget_is_refused_and_nothing_reaches_a_provider()
    {
        var org = Guid.NewGuid();
        await SetBudgetAsync(org, 0.01m);
        await SpendAsync(org, 0.0095m);
        var sent = app.Claude.Requests.Count + app.OpenAi.Requests.Count;

        // Estimate: the prompt's input tokens + 1,000 output tokens at $5 per million = at least $0.005: 0.0095 + 0.005 > 0.01.
        var whole = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org) with { MaxOutputTokens = 1000 }));
        var streamed = await app.StreamAsync(new StreamLlm(LlmPrompts.Simple(org) with { MaxOutputTokens = 1000 }));

        whole.Error.Should().Be(AiErrors.BudgetExceeded);
        streamed.Should().ContainSingle().Which.Failed.Should().Be(AiErrors.BudgetExceeded);
        (app.Claude.Requests.Count + app.OpenAi.Requests.Count).Should().Be(sent);
        (await app.LedgerAsync(org)).Should().ContainSingle("only the earlier spending, no row for a refused call");
    }

    [Fact]
    public async Task A_call_within_the_budget_goes_through_and_open_reservations_count_against_it()
    {
        var org = Guid.NewGuid();
        await SetBudgetAsync(org, 0.01m);
        await SpendAsync(org, 0.002m);

        var answer = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org) with { MaxOutputTokens = 1000 }));
        answer.IsSuccess.Should().BeTrue();

        await using (var db = await app.OpenDatabaseAsync())
        {
            await db.ExecuteAsync(
                """
                INSERT INTO integrations.ai_usage (id, organization_id, feature, provider, model, input_tokens, cache_write5m_tokens,
                  cache_write1h_tokens, cache_read_tokens, output_tokens, reserved_usd, cost_usd, latency_ms, outcome, fallback, created_at)
                VALUES (gen_random_uuid(), @org, 'triage', 'anthropic', 'claude-haiku-4-5', 0, 0, 0, 0, 0, 0.007, 0, 0, 'Reserved', false, now())
                """, ("org", org));
        }

        var refused = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org) with { MaxOutputTokens = 1000 }));
        refused.Error.Should().Be(AiErrors.BudgetExceeded, "another call's open reservation of $0.007 holds the budget");
    }

    [Fact]
    public async Task A_reservation_a_crash_left_open_stops_holding_the_budget_after_its_lifetime()
    {
        var org = Guid.NewGuid();
        await SetBudgetAsync(org, 0.01m);
        await using (var db = await app.OpenDatabaseAsync())
        {
            await db.ExecuteAsync(
                """
                INSERT INTO integrations.ai_usage (id, organization_id, feature, provider, model, input_tokens, cache_write5m_tokens,
                  cache_write1h_tokens, cache_read_tokens, output_tokens, reserved_usd, cost_usd, latency_ms, outcome, fallback, created_at)
                VALUES (gen_random_uuid(), @org, 'triage', 'anthropic', 'claude-haiku-4-5', 0, 0, 0, 0, 0, 0.0099, 0, 0, 'Reserved', false, now() - interval '1 hour')
                """, ("org", org));
        }

        var answer = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org) with { MaxOutputTokens = 1000 }));

        answer.IsSuccess.Should().BeTrue();
        var rows = await app.LedgerAsync(org);
        rows[0].Outcome.Should().Be("Failed");
        rows[0].ReservedUsd.Should().Be(0m);
        rows[1].Outcome.Should().Be("Ok");
    }

    private async Task SetBudgetAsync(Guid org, decimal monthly)
    {
        await using var db = await app.OpenDatabaseAsync();
        await db.ExecuteAsync("INSERT INTO integrations.ai_budgets (organization_id, monthly_usd, updated_at) VALUES (@org, @usd, now())", ("org", org), ("usd", monthly));
    }

    private async Task SpendAsync(Guid org, decimal usd)
    {
        await using var db = await app.OpenDatabaseAsync();
        await db.ExecuteAsync(
            """
            INSERT INTO integrations.ai_usage (id, organization_id, feature, provider, model, input_tokens, cache_write5m_tokens,
              cache_write1h_tokens, cache_read_tokens, output_tokens, reserved_usd, cost_usd, latency_ms, outcome, fallback, created_at, settled_at)
            VALUES (gen_random_uuid(), @org, 'triage', 'anthropic', 'claude-haiku-4-5', 0, 0, 0, 0, 0, 0, @usd, 0, 'Ok', false, now(), now())
            """, ("org", org), ("usd", usd));
    }
}
