using System.Numerics.Tensors;
using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Embeddings;

namespace Zeron.UnitTests.Integrations.Embeddings;

/// <summary>The real MiniLM model from the package (its ONNX native loaded on this machine), not a stand-in.</summary>
public sealed class LocalMiniLmGeneratorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Vectors_have_384_dimensions_and_unit_length()
    {
        using var generator = new LocalMiniLmGenerator(batchSize: 32, backgroundThreads: 2);

        var embeddings = await generator.GenerateAsync(["The checkout button does nothing on mobile.", "Dark mode please"], cancellationToken: Ct);

        embeddings.Should().HaveCount(2);
        foreach (var e in embeddings)
        {
            e.Vector.Length.Should().Be(384);
            TensorPrimitives.Norm(e.Vector.Span).Should().BeApproximately(1f, 1e-4f);
        }
    }

    [Fact]
    public async Task A_paraphrase_is_closer_than_an_unrelated_sentence()
    {
        using var generator = new LocalMiniLmGenerator(batchSize: 32, backgroundThreads: 2);

        var e = await generator.GenerateAsync(
            ["I can't pay, the checkout page crashes.", "Payment fails because the checkout screen breaks.", "Please add a dark theme to the dashboard."],
            cancellationToken: Ct);

        var paraphrase = TensorPrimitives.CosineSimilarity(e[0].Vector.Span, e[1].Vector.Span);
        var unrelated = TensorPrimitives.CosineSimilarity(e[0].Vector.Span, e[2].Vector.Span);
        paraphrase.Should().BeGreaterThan(0.5f);
        paraphrase.Should().BeGreaterThan(unrelated + 0.3f);
    }

    [Fact]
    public async Task Batches_sorted_by_length_give_each_text_its_own_vector_in_input_order()
    {
        using var batched = new LocalMiniLmGenerator(batchSize: 2, backgroundThreads: 2);
        using var single = new LocalMiniLmGenerator(batchSize: 1, backgroundThreads: 2);
        string[] texts = ["A much longer piece of feedback about the search results being slow and wrong", "Short", "Medium length text here", "Hi"];

        var together = await batched.GenerateAsync(texts, cancellationToken: Ct);
        var alone = await single.GenerateAsync(texts, cancellationToken: Ct);

        for (var i = 0; i < texts.Length; i++)
        {
            TensorPrimitives.CosineSimilarity(together[i].Vector.Span, alone[i].Vector.Span).Should().BeGreaterThan(0.999f, texts[i]);
        }
    }

    [Fact]
    public async Task Background_calls_give_the_same_vectors_computed_on_the_low_priority_threads()
    {
        using var generator = new LocalMiniLmGenerator(batchSize: 2, backgroundThreads: 2);
        string[] texts = ["The export button is broken", "Search is slow", "Please add dark mode", "Invoices show the wrong VAT", "Hi"];
        var background = new Microsoft.Extensions.AI.EmbeddingGenerationOptions { AdditionalProperties = new() { [LocalMiniLmGenerator.Background] = true } };

        generator.GetService(typeof(LowPriorityThreads)).Should().BeNull("no background call yet: no threads started");
        var inline = await generator.GenerateAsync(texts, cancellationToken: Ct);
        var behind = await generator.GenerateAsync(texts, background, Ct);

        for (var i = 0; i < texts.Length; i++)
        {
            TensorPrimitives.CosineSimilarity(inline[i].Vector.Span, behind[i].Vector.Span).Should().BeGreaterThan(0.9999f, texts[i]);
        }

        var threads = (LowPriorityThreads)generator.GetService(typeof(LowPriorityThreads))!;
        threads.Count.Should().Be(2);
        if (OperatingSystem.IsLinux())
        {
            threads.Lowered.Should().BeTrue("an unprivileged thread may always raise its own nice value");
        }
    }
}
