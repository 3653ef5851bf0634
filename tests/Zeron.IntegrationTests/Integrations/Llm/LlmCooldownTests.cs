using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm;
using Zeron.Tests.Shared.Llm;

namespace Zeron.IntegrationTests.Integrations.Llm;

/// <summary>A long <c>Retry-After</c> puts the provider in cooldown at once (in Redis): skipped, and shown as such.</summary>
public sealed class LlmCooldownTests(LlmAppFactory app) : IClassFixture<LlmAppFactory>
{
    [Fact]
    public async Task A_long_retry_after_puts_anthropic_in_cooldown_until_then_and_later_calls_skip_it()
    {
        var org = Guid.NewGuid();
        app.Claude.Enqueue(AnthropicReply.RateLimited(retryAfterSeconds: 120));
        var started = DateTimeOffset.UtcNow;

        var first = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));
        var claudeAfterFirst = app.Claude.Requests.Count;
        var second = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));

        first.Value.Provider.Should().Be("openai");
        second.Value.Provider.Should().Be("openai");
        second.Value.Fallback.Should().BeTrue("anthropic is the first provider; it rests");
        app.Claude.Requests.Count.Should().Be(claudeAfterFirst, "a provider in cooldown is not asked");
        await using var scope = app.Services.CreateAsyncScope();
        var states = await scope.ServiceProvider.GetRequiredService<ILlmProviderStates>().GetAsync(org, TestContext.Current.CancellationToken);
        states[0].Should().Match<LlmProviderState>(s => s.Name == "anthropic" && s.State == "cooldown");
        states[0].Until.Should().BeOnOrAfter(started.AddSeconds(119)).And.BeOnOrBefore(DateTimeOffset.UtcNow.AddSeconds(120));
        states[1].State.Should().Be("ok");
        (await app.LedgerAsync(org)).Select(r => r.Fallback).Should().Equal(true, true);
    }
}

/// <summary>Repeated failures put a provider in cooldown after the configured count; with both resting, callers hear "unavailable".</summary>
public sealed class LlmRepeatedFailureTests(LlmRepeatedFailureTests.Factory app) : IClassFixture<LlmRepeatedFailureTests.Factory>
{
    public sealed class Factory : LlmAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> LlmSettings => new Dictionary<string, string?>
        {
            ["Zeron:Llm:FailuresBeforeCooldown"] = "2",
            ["Zeron:Llm:CooldownSeconds"] = "300",
        };
    }

    [Fact]
    public async Task Two_failures_rest_a_provider_and_when_all_rest_the_router_answers_unavailable_without_sending()
    {
        var org = Guid.NewGuid();
        app.Claude.Enqueue(AnthropicReply.Overloaded(), AnthropicReply.Overloaded());
        app.OpenAi.Enqueue(OpenAiReply.ServerError(), OpenAiReply.ServerError());

        var first = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));
        var second = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));
        var sent = app.Claude.Requests.Count + app.OpenAi.Requests.Count;
        var third = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));

        first.Error!.Code.Should().Be(AiErrors.UnavailableCode);
        second.Error!.Code.Should().Be(AiErrors.UnavailableCode);
        third.Error!.Code.Should().Be(AiErrors.UnavailableCode);
        third.Error.RetryAfter.Should().BeGreaterThan(TimeSpan.FromSeconds(200));
        (app.Claude.Requests.Count + app.OpenAi.Requests.Count).Should().Be(sent);
        await using var scope = app.Services.CreateAsyncScope();
        var states = await scope.ServiceProvider.GetRequiredService<ILlmProviderStates>().GetAsync(org, TestContext.Current.CancellationToken);
        states.Select(s => s.State).Should().Equal("cooldown", "cooldown");
    }
}
