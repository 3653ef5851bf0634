using System.Numerics.Tensors;
using AwesomeAssertions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Embeddings;

/// <summary><c>Zeron__Embeddings__Provider=openai</c> against a loopback <c>/v1/embeddings</c>: the request OpenAI expects, batches, errors.</summary>
public sealed class OpenAiEmbeddingsTests(OpenAiEmbeddingsTests.OpenAiFactory app) : IClassFixture<OpenAiEmbeddingsTests.OpenAiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Texts_are_sent_as_text_embedding_3_small_at_384_dimensions_and_come_back_unit_length_in_order()
    {
        app.StandIn.Requests.Clear();
        string[] texts = ["The checkout button does nothing", "Dark mode, please"];

        var batch = await SendAsync(new EmbedTexts(null, null, texts));

        batch.Model.Should().Be("openai/text-embedding-3-small-384");
        batch.Vectors.Should().HaveCount(2);
        for (var i = 0; i < texts.Length; i++)
        {
            batch.Vectors[i].Should().HaveCount(384);
            TensorPrimitives.Norm(batch.Vectors[i]).Should().BeApproximately(1f, 1e-4f);
            TensorPrimitives.CosineSimilarity(batch.Vectors[i], OpenAiEmbeddingsStandIn.VectorOf(texts[i])).Should().BeApproximately(1f, 1e-4f, texts[i]);
        }

        var request = app.StandIn.Requests.Should().ContainSingle().Subject;
        request["model"]!.GetValue<string>().Should().Be("text-embedding-3-small");
        request["dimensions"]!.GetValue<int>().Should().Be(384);
        request["input"]!.AsArray().Select(i => i!.GetValue<string>()).Should().Equal(texts);
        app.StandIn.Authorizations.Should().Contain("Bearer sk-test-embeddings");
    }

    [Fact]
    public async Task More_than_2048_texts_go_in_requests_of_at_most_2048()
    {
        app.StandIn.Requests.Clear();
        var texts = Enumerable.Range(0, 2100).Select(i => $"item {i}").ToList();

        var batch = await SendAsync(new EmbedTexts(null, null, texts));

        batch.Vectors.Should().HaveCount(2100);
        app.StandIn.Requests.Select(r => r["input"]!.AsArray().Count).Should().Equal(2048, 52);
        TensorPrimitives.CosineSimilarity(batch.Vectors[2099], OpenAiEmbeddingsStandIn.VectorOf("item 2099")).Should().BeApproximately(1f, 1e-4f);
    }

    [Fact]
    public async Task A_server_error_is_embeddings_unavailable_after_one_request_the_sdk_does_not_retry()
    {
        app.StandIn.Requests.Clear();
        app.StandIn.FailWith = 500;
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EmbedTexts(null, null, ["anything"]), Ct);

            result.Error!.Code.Should().Be(EmbeddingErrors.UnavailableCode);
            app.StandIn.Requests.Should().HaveCount(1, "the SDK's retries are off; the indexing job retries the batch later");
        }
        finally
        {
            app.StandIn.FailWith = null;
        }
    }

    private async Task<EmbeddingBatch> SendAsync(EmbedTexts request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(request, Ct);
        result.Error.Should().BeNull();
        return result.Value;
    }

    public sealed class OpenAiFactory : ZeronAppFactory
    {
        public OpenAiEmbeddingsStandIn StandIn { get; } = OpenAiEmbeddingsStandIn.StartAsync().GetAwaiter().GetResult();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Zeron:Embeddings:Provider"] = "openai",
            ["Zeron:Llm:OpenAI:ApiKey"] = "sk-test-embeddings",
            ["Zeron:Llm:OpenAI:BaseUrl"] = StandIn.Origin, // without /v1, as the router reads it
        };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await StandIn.DisposeAsync();
        }
    }
}
