using AwesomeAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm;
using Zeron.Tests.Shared.Llm;

namespace Zeron.IntegrationTests.Integrations.Llm;

/// <summary>
/// An organization's own provider replaces the instance's of the same name, and reaches its base URL only through
/// the outbound SSRF guard: a connection pointing at a loopback address is never connected to.
/// </summary>
public sealed class LlmOrganizationOverrideTests(LlmOrganizationOverrideTests.Factory app) : IClassFixture<LlmOrganizationOverrideTests.Factory>
{
    public static readonly Guid Organization = Guid.NewGuid();

    public sealed class Factory : LlmAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScoped<IOrganizationProviderOverrides>(_ => new Overrides(Claude.BaseUrl)));
        }
    }

    [Fact]
    public async Task An_organization_connection_to_a_loopback_address_is_refused_by_the_guard_and_the_instance_fallback_serves()
    {
        var claudeBefore = app.Claude.Requests.Count;

        var answer = await app.SendAsync(new AskLlm(LlmPrompts.Simple(Organization)));
        var other = await app.SendAsync(new AskLlm(LlmPrompts.Simple(Guid.NewGuid())));

        answer.Value.Provider.Should().Be("openai");
        answer.Value.Fallback.Should().BeTrue();
        other.Value.Provider.Should().Be("anthropic", "other organizations keep the instance's Anthropic");
        app.Claude.Requests.Count.Should().Be(claudeBefore + 1, "only the instance's call reached the stand-in");
        app.Claude.Requests[^1].Header("x-api-key").Should().Be(AnthropicStandIn.ApiKey);
    }

    private sealed class Overrides(string loopback) : IOrganizationProviderOverrides
    {
        public Task<IReadOnlyList<LlmProviderSettings>> GetAsync(Guid organizationId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<LlmProviderSettings>>(organizationId == Organization
                ? [new LlmProviderSettings("anthropic", "sk-ant-organization-key", new Uri(loopback), "claude-sonnet-4-5", Guid.NewGuid())]
                : []);
    }
}
