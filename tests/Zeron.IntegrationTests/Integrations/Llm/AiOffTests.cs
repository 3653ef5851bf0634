using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Llm;

/// <summary>No provider configured: every call answers "AI is off", nothing errors, nothing is recorded.</summary>
public sealed class AiOffTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task Without_providers_ai_is_off_for_asking_streaming_and_availability()
    {
        var org = Guid.NewGuid();
        await using var scope = app.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<Mediator.ISender>();

        var availability = await sender.Send(new GetAiAvailability(org), TestContext.Current.CancellationToken);
        var answer = await sender.Send(new AskLlm(LlmPrompts.Simple(org)), TestContext.Current.CancellationToken);
        var events = new List<LlmStreamEvent>();
        await foreach (var e in sender.CreateStream(new StreamLlm(LlmPrompts.Simple(org)), TestContext.Current.CancellationToken))
        {
            events.Add(e);
        }

        availability.Enabled.Should().BeFalse();
        answer.Error.Should().Be(AiErrors.Off);
        events.Should().ContainSingle().Which.Failed.Should().Be(AiErrors.Off);
        var states = await scope.ServiceProvider.GetRequiredService<ILlmProviderStates>().GetAsync(org, TestContext.Current.CancellationToken);
        states.Select(s => (s.Name, s.Model, s.State)).Should().Equal(("anthropic", "claude-haiku-4-5", "off"), ("openai", "gpt-5-mini", "off"));
        (await app.LedgerAsync(org)).Should().BeEmpty();
    }
}
