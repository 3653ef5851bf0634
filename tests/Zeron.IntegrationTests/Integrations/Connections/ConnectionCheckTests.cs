using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

using static Zeron.IntegrationTests.Integrations.Connections.ConnectionChecks;

namespace Zeron.IntegrationTests.Integrations.Connections;

/// <summary><c>POST …/connections/{id}/check</c> against loopback stand-ins of the providers' <c>GET /v1/models</c>.</summary>
public sealed class ConnectionCheckTests(PrivateConnectionsFactory app) : IClassFixture<PrivateConnectionsFactory>
{
    private const string Key = "sk-ant-api03-the-right-key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_anthropic_key_is_checked_with_x_api_key_and_the_version_header_and_an_alias_matches_its_dated_model()
    {
        await using var server = await ModelsServer.StartAsync(Key, "claude-sonnet-4-5-20250929", "claude-haiku-4-5-20251001");
        var (admin, path) = await ConnectAsync(app, new { kind = "anthropic", name = "Claude", apiKey = Key, baseUrl = server.Origin });
        using var _ = admin;

        var (result, text) = await CheckAsync(admin, path);

        Steps(result).Should().Equal("address:ok", "reach:ok", "key:ok", "model:ok");
        result["ok"]!.GetValue<bool>().Should().BeTrue();
        Detail(result, "model").Should().Be("claude-haiku-4-5 is available", "no model given: the kind's default");
        text.Should().NotContain(Key);
        var request = server.Requests.Should().ContainSingle().Subject;
        request.Path.Should().Be("/v1/models");
        request.Headers["x-api-key"].ToString().Should().Be(Key);
        request.Headers["anthropic-version"].ToString().Should().Be("2023-06-01");
        request.Headers.Authorization.ToString().Should().BeEmpty("Anthropic's own API takes the key in x-api-key");
    }

    [Fact]
    public async Task An_openai_key_is_checked_as_a_bearer_token_under_the_base_urls_own_path()
    {
        await using var server = await ModelsServer.StartAsync(Key, "gpt-5", "gpt-5-mini");
        var (admin, path) = await ConnectAsync(app, new { kind = "openai", name = "GPT", apiKey = Key, baseUrl = $"{server.Origin}/gateway/openai/", model = "gpt-5" });
        using var _ = admin;

        var (result, _) = await CheckAsync(admin, path);

        Steps(result).Should().Equal("address:ok", "reach:ok", "key:ok", "model:ok");
        var request = server.Requests.Should().ContainSingle().Subject;
        request.Path.Should().Be("/gateway/openai/v1/models");
        request.Headers.Authorization.ToString().Should().Be($"Bearer {Key}");
        request.Headers.ContainsKey("anthropic-version").Should().BeFalse();
    }

    [Theory]
    [InlineData("anthropic")]
    [InlineData("openai")]
    public async Task A_refused_key_is_ok_false_with_the_status_and_never_the_key(string kind)
    {
        await using var server = await ModelsServer.StartAsync(Key, "claude-haiku-4-5", "gpt-5-mini");
        const string wrong = "sk-wrong-key-0123456789";
        var (admin, path) = await ConnectAsync(app, new { kind, name = "Wrong", apiKey = wrong, baseUrl = server.Origin });
        using var _ = admin;

        var (result, text) = await CheckAsync(admin, path);

        result["ok"]!.GetValue<bool>().Should().BeFalse();
        Steps(result).Should().Equal("address:ok", "reach:ok", "key:failed");
        Detail(result, "key").Should().Be("the provider refused the API key (401)");
        text.Should().NotContain(wrong, "the stand-in echoes the key in its error body, as OpenAI does; the check does not pass it on");
    }

    [Fact]
    public async Task A_model_the_key_may_not_use_fails_the_model_step()
    {
        await using var server = await ModelsServer.StartAsync(Key, "claude-haiku-4-5-20251001");
        var (admin, path) = await ConnectAsync(app, new { kind = "anthropic", name = "Opus", apiKey = Key, baseUrl = server.Origin, model = "claude-opus-4-5" });
        using var _ = admin;

        var (result, _) = await CheckAsync(admin, path);

        Steps(result).Should().Equal("address:ok", "reach:ok", "key:ok", "model:failed");
        Detail(result, "model").Should().Be("claude-opus-4-5 is not among the models this key may use (1 listed)");
    }

    [Fact]
    public async Task A_base_url_that_answers_404_says_to_check_the_base_url()
    {
        await using var server = await ModelsServer.StartAsync(Key, "gpt-5-mini");
        var (admin, path) = await ConnectAsync(app, new { kind = "openai", name = "Wrong path", apiKey = Key, baseUrl = $"{server.Origin}/v1" });
        using var _ = admin;

        var (result, _) = await CheckAsync(admin, path);

        Steps(result).Should().Equal("address:ok", "reach:ok", "key:failed");
        Detail(result, "key").Should().Be("/v1/v1/models was not found (404): check the base URL");
    }

    [Fact]
    public async Task An_address_nothing_listens_on_is_ok_false_with_a_plain_reason()
    {
        var server = await ModelsServer.StartAsync(Key);
        var origin = server.Origin;
        await server.DisposeAsync();
        var (admin, path) = await ConnectAsync(app, new { kind = "anthropic", name = "Gone", apiKey = Key, baseUrl = origin });
        using var _ = admin;

        var (result, text) = await CheckAsync(admin, path);

        result["ok"]!.GetValue<bool>().Should().BeFalse();
        Steps(result).Should().Equal("address:ok", "reach:failed");
        Detail(result, "reach").Should().StartWith("could not reach 127.0.0.1: ").And.Contain("refused");
        text.Should().NotContain(Key);
    }
}
