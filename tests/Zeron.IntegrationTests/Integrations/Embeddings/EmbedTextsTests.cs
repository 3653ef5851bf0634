using System.Numerics.Tensors;
using AwesomeAssertions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.SharedKernel.Messaging;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Embeddings;

/// <summary>The <see cref="EmbedTexts"/> contract as other modules call it, with the default local model in the real app.</summary>
public sealed class EmbedTextsTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_default_provider_is_the_local_model_with_unit_vectors_in_input_order()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        string[] texts = ["Refunds take weeks to arrive", "I am still waiting for my refund", "Add a keyboard shortcut for search"];

        var result = await sender.Send(new EmbedTexts(null, null, texts), Ct);
        var model = await sender.Send(new GetEmbeddingModel(), Ct);

        result.Value.Model.Should().Be("local/all-MiniLM-L6-v2");
        model.Value.Should().Be(result.Value.Model);
        var v = result.Value.Vectors;
        v.Should().HaveCount(3).And.OnlyContain(x => x.Length == EmbedTexts.Dimensions);
        TensorPrimitives.CosineSimilarity(v[0], v[1]).Should().BeGreaterThan(TensorPrimitives.CosineSimilarity(v[0], v[2]));
    }

    [Fact]
    public async Task No_texts_is_an_empty_batch_and_a_blank_text_is_refused()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();

        (await sender.Send(new EmbedTexts(null, null, []), Ct)).Value.Vectors.Should().BeEmpty();
        var blank = async () => await sender.Send(new EmbedTexts(null, null, ["fine", "  "]), Ct);
        await blank.Should().ThrowAsync<RequestValidationException>();
    }
}
