using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Tests.Shared.Llm;

namespace Zeron.IntegrationTests.Integrations.Llm;

/// <summary>
/// The router through the real app and mediator, against loopback Anthropic and OpenAI stand-ins: which provider
/// serves, what each one was sent, and what the ledger records. Expected dollars are computed by hand from the
/// seeded prices (claude-haiku-4-5: $1 in, $5 out, $1.25 5-minute writes, $2 1-hour writes, $0.10 reads;
/// gpt-5-mini: $0.25 in, $2 out, $0.025 cached, per million tokens).
/// </summary>
public sealed class LlmRouterTests(LlmAppFactory app) : IClassFixture<LlmAppFactory>
{
    [Fact]
    public async Task Anthropic_answers_with_the_real_headers_and_the_exact_cost_of_disjoint_cache_counts()
    {
        var org = Guid.NewGuid();
        var before = app.Claude.RequestsTo("/v1/messages").Count;
        app.Claude.Enqueue(AnthropicReply.Text("Zeron collects feedback.", new AnthropicUsage(Input: 1000, Output: 500, CacheRead: 2000, CacheWrite5m: 3000, CacheWrite1h: 400)));

        var answer = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));

        answer.IsSuccess.Should().BeTrue();
        answer.Value.Should().Be(new LlmAnswer("Zeron collects feedback.", "anthropic", "claude-haiku-4-5", false, 0.00825m));
        var sent = app.Claude.RequestsTo("/v1/messages").Skip(before).Should().ContainSingle().Subject;
        sent.Header("x-api-key").Should().Be(AnthropicStandIn.ApiKey);
        sent.Header("anthropic-version").Should().NotBeNullOrEmpty();
        sent.Header("authorization").Should().BeNull("the Messages API takes API keys as x-api-key");
        sent.Json.GetProperty("model").GetString().Should().Be("claude-haiku-4-5");
        sent.Json.GetProperty("max_tokens").GetInt32().Should().Be(200);
        sent.Json.TryGetProperty("tools", out _).Should().BeFalse("the router offers no tools");
        // 1000×1 + 500×5 + 2000×0.1 + 3000×1.25 + 400×2 = 8250 millionths of a dollar.
        (await app.LedgerAsync(org)).Should().ContainSingle().Which.Should().Be(
            new LedgerRow("anthropic", "claude-haiku-4-5", 1000, 3000, 400, 2000, 500, 0m, 0.00825m, "Ok", false, null, "triage"));
    }

    [Fact]
    public async Task Anthropic_streams_deltas_then_one_done_event_with_the_exact_cost()
    {
        var org = Guid.NewGuid();
        app.Claude.Enqueue(AnthropicReply.Text("Streamed words.", new AnthropicUsage(Input: 123, Output: 45, CacheRead: 6789, CacheWrite1h: 1000)));

        var events = await app.StreamAsync(new StreamLlm(LlmPrompts.Simple(org)));

        string.Concat(events.Select(e => e.Delta)).Should().Be("Streamed words.");
        // 123×1 + 45×5 + 6789×0.1 + 1000×2 = 3026.9 millionths.
        events[^1].Done.Should().Be(new LlmAnswer("Streamed words.", "anthropic", "claude-haiku-4-5", false, 0.0030269m));
        events.Count(e => e.Done is not null || e.Failed is not null).Should().Be(1);
        app.Claude.Requests[^1].Streams.Should().BeTrue();
        (await app.LedgerAsync(org)).Should().ContainSingle().Which.Should().Be(
            new LedgerRow("anthropic", "claude-haiku-4-5", 123, 0, 1000, 6789, 45, 0m, 0.0030269m, "Ok", false, null, "triage"));
    }

    [Fact]
    public async Task OpenAi_cached_tokens_are_taken_out_of_prompt_tokens_whole_and_streamed()
    {
        var org = Guid.NewGuid();
        app.Claude.Enqueue(AnthropicReply.ServerError(), AnthropicReply.ServerError());
        app.OpenAi.Enqueue(
            OpenAiReply.Text("Fallback answer.", new OpenAiUsage(Prompt: 10000, Completion: 300, Cached: 4000)),
            OpenAiReply.Text("Fallback stream.", new OpenAiUsage(Prompt: 2048, Completion: 77, Cached: 1024)));

        var whole = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));
        var streamed = await app.StreamAsync(new StreamLlm(LlmPrompts.Simple(org)));

        // 6000×0.25 + 4000×0.025 + 300×2 = 2200 millionths; 1024×0.25 + 1024×0.025 + 77×2 = 435.6 millionths.
        whole.Value.Should().Be(new LlmAnswer("Fallback answer.", "openai", "gpt-5-mini", true, 0.0022m));
        streamed[^1].Done.Should().Be(new LlmAnswer("Fallback stream.", "openai", "gpt-5-mini", true, 0.0004356m));
        var openAiSent = app.OpenAi.RequestsTo("/v1/chat/completions")[^1];
        openAiSent.Header("authorization").Should().Be($"Bearer {OpenAiStandIn.ApiKey}");
        openAiSent.Json.GetProperty("stream_options").GetProperty("include_usage").GetBoolean().Should().BeTrue();
        var rows = await app.LedgerAsync(org);
        rows.Select(r => (r.Provider, r.Input, r.CacheRead, r.Output, r.CostUsd, r.Fallback, r.Outcome)).Should().Equal(
            ("openai", 6000L, 4000L, 300L, 0.0022m, true, "Ok"),
            ("openai", 1024L, 1024L, 77L, 0.0004356m, true, "Ok"));
    }

    [Theory]
    [InlineData("overloaded")]
    [InlineData("server-error")]
    [InlineData("timeout")]
    public async Task A_failing_primary_fails_over_to_openai_once_and_the_ledger_says_so(string failure)
    {
        var org = Guid.NewGuid();
        var claudeBefore = app.Claude.RequestsTo("/v1/messages").Count;
        var openAiBefore = app.OpenAi.RequestsTo("/v1/chat/completions").Count;
        app.Claude.Enqueue(failure switch
        {
            "overloaded" => AnthropicReply.Overloaded(),
            "server-error" => AnthropicReply.ServerError(),
            _ => AnthropicReply.Hang(),
        });
        app.OpenAi.Enqueue(OpenAiReply.Text("From the fallback."));

        var answer = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));

        answer.Value.Text.Should().Be("From the fallback.");
        answer.Value.Fallback.Should().BeTrue();
        app.Claude.RequestsTo("/v1/messages").Count.Should().Be(claudeBefore + 1, "the SDK does not retry, and the router retries only short 429/529 waits");
        app.OpenAi.RequestsTo("/v1/chat/completions").Count.Should().Be(openAiBefore + 1);
        var row = (await app.LedgerAsync(org)).Should().ContainSingle().Subject;
        row.Provider.Should().Be("openai");
        row.Fallback.Should().BeTrue();
        row.Outcome.Should().Be("Ok");
    }

    [Fact]
    public async Task A_stream_fails_over_before_its_first_token()
    {
        var org = Guid.NewGuid();
        app.Claude.Enqueue(AnthropicReply.Overloaded());
        app.OpenAi.Enqueue(OpenAiReply.Text("Streamed by the fallback."));

        var events = await app.StreamAsync(new StreamLlm(LlmPrompts.Simple(org)));

        string.Concat(events.Select(e => e.Delta)).Should().Be("Streamed by the fallback.");
        events[^1].Done!.Provider.Should().Be("openai");
        events[^1].Done!.Fallback.Should().BeTrue();
    }

    [Fact]
    public async Task After_the_first_token_a_broken_stream_ends_with_interrupted_and_no_other_provider_is_asked()
    {
        var org = Guid.NewGuid();
        var openAiBefore = app.OpenAi.Requests.Count;
        app.Claude.Enqueue(AnthropicReply.BreaksAfter("The first words", new AnthropicUsage(Input: 100, Output: 3)));

        var events = await app.StreamAsync(new StreamLlm(LlmPrompts.Simple(org)));

        events.Select(e => e.Delta).Should().StartWith("The first words");
        events[^1].Failed!.Code.Should().Be(AiErrors.InterruptedCode);
        events.Should().NotContain(e => e.Done != null);
        app.OpenAi.Requests.Count.Should().Be(openAiBefore);
        var row = (await app.LedgerAsync(org)).Should().ContainSingle().Subject;
        row.Outcome.Should().Be("Failed");
        row.Provider.Should().Be("anthropic");
        row.Input.Should().Be(100, "the input the provider counted before the break is billed");
        row.CostUsd.Should().BeGreaterThan(0m);
    }

    [Fact]
    public async Task A_429_with_a_short_retry_after_is_retried_once_on_the_same_provider()
    {
        var org = Guid.NewGuid();
        var claudeBefore = app.Claude.RequestsTo("/v1/messages").Count;
        var openAiBefore = app.OpenAi.Requests.Count;
        app.Claude.Enqueue(AnthropicReply.RateLimited(retryAfterSeconds: 0), AnthropicReply.Text("After the wait."));

        var answer = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));

        answer.Value.Should().Be(answer.Value with { Text = "After the wait.", Provider = "anthropic", Fallback = false });
        app.Claude.RequestsTo("/v1/messages").Count.Should().Be(claudeBefore + 2);
        app.OpenAi.Requests.Count.Should().Be(openAiBefore);
    }

    [Fact]
    public async Task When_every_provider_fails_the_caller_gets_unavailable_and_the_row_is_settled_failed()
    {
        var org = Guid.NewGuid();
        app.Claude.Enqueue(AnthropicReply.ServerError());
        app.OpenAi.Enqueue(OpenAiReply.ServerError(503));

        var answer = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));

        answer.IsSuccess.Should().BeFalse();
        answer.Error!.Code.Should().Be(AiErrors.UnavailableCode);
        var row = (await app.LedgerAsync(org)).Should().ContainSingle().Subject;
        row.Outcome.Should().Be("Failed");
        row.ReservedUsd.Should().Be(0m);
        row.Error.Should().Be("anthropic: HTTP 500; openai: HTTP 503");
    }

    [Fact]
    public async Task A_request_error_from_the_primary_is_not_failed_over()
    {
        var org = Guid.NewGuid();
        var openAiBefore = app.OpenAi.Requests.Count;
        app.Claude.Enqueue(AnthropicReply.InvalidRequest());

        var answer = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));

        answer.IsSuccess.Should().BeFalse();
        app.OpenAi.Requests.Count.Should().Be(openAiBefore, "a 400 is the request's fault: another provider would not fix it");
    }
}
