using FluentValidation;
using Zeron.Integrations.Contracts.Embeddings;

namespace Zeron.Integrations.Embeddings;

/// <summary>Blank texts have no meaning to embed (and OpenAI rejects them); callers skip them.</summary>
internal sealed class EmbedTextsValidator : AbstractValidator<EmbedTexts>
{
    public const int MaxTexts = 10_000;

    public EmbedTextsValidator()
    {
        RuleFor(r => r.Texts).NotNull().Must(t => t.Count <= MaxTexts).WithMessage($"At most {MaxTexts} texts per call.");
        RuleForEach(r => r.Texts).NotEmpty().WithMessage("Texts to embed must not be blank.");
    }
}
