using System.Net.Http.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Contracts.Llm;
using Zeron.IntegrationTests.Integrations.Llm;
using Zeron.Tests.Shared;
using Zeron.Tests.Shared.Llm;

namespace Zeron.IntegrationTests.Integrations.Connections;

/// <summary>
/// End to end: an anthropic connection saved through the API replaces the instance's Anthropic for <c>AskLlm</c> of
/// its organization (its base URL, its key, its model), other organizations keep the instance's, and deleting it
/// gives the organization the instance's back.
/// </summary>
public sealed class ConnectionOverridesRouterTests(ConnectionOverridesRouterTests.Factory app) : IClassFixture<ConnectionOverridesRouterTests.Factory>
{
    /// <summary>The instance's providers on stand-ins, and connections allowed to reach loopback (where the organization's stand-in runs).</summary>
    public sealed class Factory : LlmAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { ["Zeron:Network:AllowPrivateTargets"] = "true" };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_organizations_anthropic_connection_serves_its_calls_and_no_other_organizations()
    {
        await using var own = await AnthropicStandIn.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Own Claude {Guid.NewGuid():N}");
        var other = await admin.CreateOrganizationAsync($"Instance Claude {Guid.NewGuid():N}");
        using var created = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org),
            new { kind = "anthropic", name = "Our Claude", apiKey = AnthropicStandIn.ApiKey, baseUrl = own.BaseUrl, model = "claude-sonnet-4-5" }, Ct);
        created.EnsureSuccessStatusCode();
        var instanceBefore = app.Claude.RequestsTo("/v1/messages").Count;

        var answer = await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)));

        answer.IsSuccess.Should().BeTrue(answer.Error?.Message);
        answer.Value.Provider.Should().Be("anthropic");
        answer.Value.Fallback.Should().BeFalse();
        var call = own.RequestsTo("/v1/messages").Should().ContainSingle().Subject;
        call.Header("x-api-key").Should().Be(AnthropicStandIn.ApiKey);
        call.Json.GetProperty("model").GetString().Should().Be("claude-sonnet-4-5", "the connection's model, not the instance's");
        app.Claude.RequestsTo("/v1/messages").Count.Should().Be(instanceBefore, "the instance's Anthropic was not asked");

        (await app.SendAsync(new AskLlm(LlmPrompts.Simple(other)))).Value.Provider.Should().Be("anthropic");
        app.Claude.RequestsTo("/v1/messages").Count.Should().Be(instanceBefore + 1, "the other organization has no connection: the instance's serves it");
        own.RequestsTo("/v1/messages").Should().HaveCount(1);

        (await admin.DeleteAsync(created.Headers.Location, Ct)).EnsureSuccessStatusCode();
        (await app.SendAsync(new AskLlm(LlmPrompts.Simple(org)))).IsSuccess.Should().BeTrue();
        app.Claude.RequestsTo("/v1/messages").Count.Should().Be(instanceBefore + 2, "without its connection the organization uses the instance's again");
        own.RequestsTo("/v1/messages").Should().HaveCount(1);
    }
}
