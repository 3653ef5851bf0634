using FluentValidation;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.UpdateFeedbackItem;

internal sealed class UpdateFeedbackItemValidator : AbstractValidator<UpdateFeedbackItemCommand>
{
    public const int MaxTags = 20;

    public UpdateFeedbackItemValidator()
    {
        RuleFor(c => c.Status!.Value).IsInEnum().When(c => c.Status is not null).OverridePropertyName("status");
        RuleFor(c => c.Tags!.Count).LessThanOrEqualTo(MaxTags).When(c => c.Tags is not null).OverridePropertyName("tags")
            .WithMessage($"At most {MaxTags} tags.");
        RuleForEach(c => c.Tags).NotEmpty().MaximumLength(40).Must(t => t is not null && !t.Any(char.IsControl))
            .WithMessage("Tags must not contain control characters.").When(c => c.Tags is not null);
    }
}
