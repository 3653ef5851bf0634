using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Integrations.Llm;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.Tests.Shared;
using Zeron.Tests.Shared.Llm;

namespace Zeron.IntegrationTests.Integrations.Embeddings;

/// <summary>OpenAI embeddings are billed: each call for an organization is one ledger row, priced from the dated rows (router's OpenAI stand-in).</summary>
public sealed class OpenAiEmbeddingUsageTests(OpenAiEmbeddingUsageTests.Factory app) : IClassFixture<OpenAiEmbeddingUsageTests.Factory>
{
    [Fact]
    public async Task A_call_for_an_organization_is_one_embedding_row_with_OpenAIs_input_tokens_at_the_seeded_price()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Billed {Guid.NewGuid():N}"[..24]);
        var project = Guid.NewGuid();
        string[] texts = ["The checkout button does nothing", "Dark mode, please"]; // the stand-in counts max(1, length / 4): 8 + 4

        var result = await app.SendAsync(new EmbedTexts(org, project, texts));

        result.Value.Model.Should().Be("openai/text-embedding-3-small-384");
        var row = (await app.LedgerAsync(org)).Should().ContainSingle().Subject;
        (row.Feature, row.Provider, row.Model, row.Input, row.Output, row.Outcome).Should().Be(("embedding", "openai", "text-embedding-3-small", 12L, 0L, "Ok"));
        row.CostUsd.Should().Be(12 * 0.02m / 1_000_000m, "text-embedding-3-small is seeded at $0.02 per million input tokens");
    }

    [Fact]
    public async Task Instance_work_without_an_organization_is_billed_to_nobody()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Unbilled {Guid.NewGuid():N}"[..24]);

        (await app.SendAsync(new EmbedTexts(null, null, ["a query nobody owns"]))).Error.Should().BeNull();

        (await app.LedgerAsync(org)).Should().BeEmpty();
    }

    public sealed class Factory : LlmAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { ["Zeron:Embeddings:Provider"] = "openai" };
    }
}
