using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared.Llm;

namespace Zeron.IntegrationTests.Integrations.Llm;

/// <summary>The stand-ins answer with the fields of the vendors' own samples (tests/Shared/Llm/Fixtures), JSON and SSE.</summary>
public sealed class StandInShapeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anthropic_messages_json_and_stream_have_the_documented_shape()
    {
        await using var claude = await AnthropicStandIn.StartAsync();
        using var http = Client(claude.BaseUrl, ("x-api-key", AnthropicStandIn.ApiKey), ("anthropic-version", "2023-06-01"));
        var body = new { model = "claude-haiku-4-5", max_tokens = 10, messages = new[] { new { role = "user", content = "hi" } } };

        var message = await http.PostAsJsonAsync("/v1/messages", body, Ct);
        var stream = await http.PostAsJsonAsync("/v1/messages", new { body.model, body.max_tokens, body.messages, stream = true }, Ct);

        var json = JsonNode.Parse(await message.Content.ReadAsStringAsync(Ct));
        StandInFixtures.Shape(json).Should().BeEquivalentTo(StandInFixtures.Shape(JsonNode.Parse(StandInFixtures.Read("anthropic-message.json"))));
        var frames = StandInFixtures.Frames(await stream.Content.ReadAsStringAsync(Ct));
        var expected = StandInFixtures.Frames(StandInFixtures.Read("anthropic-stream.txt"));
        frames.Select(f => f.Event).Should().Equal(expected.Select(f => f.Event));
        for (var i = 0; i < frames.Count; i++)
        {
            StandInFixtures.Shape(JsonNode.Parse(frames[i].Data)).Should().BeEquivalentTo(StandInFixtures.Shape(JsonNode.Parse(expected[i].Data)), $"frame {expected[i].Event}");
        }
    }

    [Fact]
    public async Task Anthropic_refuses_a_bearer_key_and_answers_529_in_the_documented_error_shape()
    {
        await using var claude = await AnthropicStandIn.StartAsync();
        claude.Enqueue(AnthropicReply.Overloaded());
        var body = new { model = "claude-haiku-4-5", max_tokens = 10, messages = new[] { new { role = "user", content = "hi" } } };
        using var bearer = Client(claude.BaseUrl, ("authorization", $"Bearer {AnthropicStandIn.ApiKey}"), ("anthropic-version", "2023-06-01"));
        using var keyed = Client(claude.BaseUrl, ("x-api-key", AnthropicStandIn.ApiKey), ("anthropic-version", "2023-06-01"));

        (await bearer.PostAsJsonAsync("/v1/messages", body, Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var overloaded = await keyed.PostAsJsonAsync("/v1/messages", body, Ct);

        ((int)overloaded.StatusCode).Should().Be(529);
        StandInFixtures.Shape(JsonNode.Parse(await overloaded.Content.ReadAsStringAsync(Ct)))
            .Should().BeEquivalentTo(StandInFixtures.Shape(JsonNode.Parse(StandInFixtures.Read("anthropic-error-overloaded.json"))));
    }

    [Fact]
    public async Task Openai_chat_stream_and_embeddings_have_the_documented_shape()
    {
        await using var openAi = await OpenAiStandIn.StartAsync();
        using var http = Client(openAi.BaseUrl, ("authorization", $"Bearer {OpenAiStandIn.ApiKey}"));
        var messages = new[] { new { role = "user", content = "hi" } };

        var completion = await http.PostAsJsonAsync("/v1/chat/completions", new { model = "gpt-5-mini", messages }, Ct);
        var stream = await http.PostAsJsonAsync("/v1/chat/completions", new { model = "gpt-5-mini", messages, stream = true, stream_options = new { include_usage = true } }, Ct);
        var embeddings = await http.PostAsJsonAsync("/v1/embeddings", new { model = "text-embedding-3-small", input = new[] { "a", "b" }, dimensions = 384 }, Ct);

        StandInFixtures.Shape(JsonNode.Parse(await completion.Content.ReadAsStringAsync(Ct)))
            .Should().BeEquivalentTo(StandInFixtures.Shape(JsonNode.Parse(StandInFixtures.Read("openai-chat-completion.json"))));
        var frames = StandInFixtures.Frames(await stream.Content.ReadAsStringAsync(Ct));
        var expected = StandInFixtures.Frames(StandInFixtures.Read("openai-stream.txt"));
        frames.Should().HaveCount(expected.Count);
        frames[^1].Data.Should().Be("[DONE]");
        for (var i = 0; i < frames.Count - 1; i++)
        {
            StandInFixtures.Shape(JsonNode.Parse(frames[i].Data)).Should().BeEquivalentTo(StandInFixtures.Shape(JsonNode.Parse(expected[i].Data)), $"chunk {i}");
        }

        var vectors = JsonNode.Parse(await embeddings.Content.ReadAsStringAsync(Ct))!;
        StandInFixtures.Shape(vectors).Should().BeEquivalentTo(StandInFixtures.Shape(JsonNode.Parse(StandInFixtures.Read("openai-embeddings.json"))));
        var first = vectors["data"]![0]!["embedding"]!.AsArray().Select(v => v!.GetValue<float>()).ToArray();
        first.Should().HaveCount(384);
        first.Sum(v => v * v).Should().BeApproximately(1f, 1e-4f);
        first.Should().Equal(OpenAiStandIn.VectorFor("a", 384));
    }

    private static HttpClient Client(string baseUrl, params (string Name, string Value)[] headers)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        foreach (var (name, value) in headers)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
        }

        return http;
    }
}
