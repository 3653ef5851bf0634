using System.Net.Http.Json;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Integrations.Llm;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Connections;

/// <summary>What the LLM router reads: <see cref="IOrganizationProviderOverrides"/> over the connections saved through the API.</summary>
public sealed class ProviderOverridesTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IReadOnlyList<LlmProviderSettings>> OverridesAsync(Guid org)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOrganizationProviderOverrides>().GetAsync(org, Ct);
    }

    private static async Task<Guid> CreateAsync(HttpClient admin, Guid org, object body)
    {
        using var response = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), body, Ct);
        return (await response.EnsureSuccessStatusCode().ReadJsonAsync())["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task Each_kind_comes_once_decrypted_the_connection_changed_last_winning_and_other_organizations_see_none()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Overrides {Guid.NewGuid():N}");
        var other = await admin.CreateOrganizationAsync($"Overrides {Guid.NewGuid():N}");
        var older = await CreateAsync(admin, org, new { kind = "anthropic", name = "Old Claude", apiKey = "sk-ant-old", baseUrl = "https://old.example.com" });
        var newer = await CreateAsync(admin, org, new { kind = "anthropic", name = "New Claude", apiKey = "sk-ant-new", model = "claude-sonnet-4-5" });
        var openai = await CreateAsync(admin, org, new { kind = "openai", name = "GPT", apiKey = "sk-proj-1", baseUrl = "https://gateway.example.com/openai" });

        var overrides = await OverridesAsync(org);
        overrides.Should().BeEquivalentTo(
        [
            new LlmProviderSettings("anthropic", "sk-ant-new", new Uri("https://api.anthropic.com"), "claude-sonnet-4-5", newer),
            new LlmProviderSettings("openai", "sk-proj-1", new Uri("https://gateway.example.com/openai"), "gpt-5-mini", openai),
        ]);
        (await OverridesAsync(other)).Should().BeEmpty();

        (await admin.PatchAsJsonAsync($"{ConnectionPaths.Connections(org)}/{older}", new { apiKey = "sk-ant-rotated" }, Ct)).EnsureSuccessStatusCode();
        (await OverridesAsync(org)).Single(o => o.Name == "anthropic").Should().Be(
            new LlmProviderSettings("anthropic", "sk-ant-rotated", new Uri("https://old.example.com"), "claude-haiku-4-5", older), "rotating its key made it the one changed last");

        (await admin.DeleteAsync($"{ConnectionPaths.Connections(org)}/{older}", Ct)).EnsureSuccessStatusCode();
        (await admin.DeleteAsync($"{ConnectionPaths.Connections(org)}/{newer}", Ct)).EnsureSuccessStatusCode();
        (await OverridesAsync(org)).Select(o => o.Name).Should().Equal("openai");
    }
}
