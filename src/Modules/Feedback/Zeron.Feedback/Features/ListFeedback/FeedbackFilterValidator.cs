using FluentValidation;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Validation;

namespace Zeron.Feedback.Features.ListFeedback;

/// <summary>
/// The filter's rules, named by their query parameters (<c>q</c>, <c>category</c>, <c>from</c>), for every message that
/// carries a filter: <c>RuleFor(m =&gt; m.Filter).Custom(FeedbackFilterValidator.Check)</c>.
/// </summary>
internal sealed class FeedbackFilterValidator : AbstractValidator<FeedbackFilter>
{
    private static readonly FeedbackFilterValidator Instance = new();

    private FeedbackFilterValidator()
    {
        RuleFor(f => f.Query).MaximumLength(200).Must(TextRules.HasNoNul).WithMessage("The search must not contain NUL characters.").OverridePropertyName("q");
        RuleFor(f => f.Category).MaximumLength(30).Must(TextRules.HasNoNul).WithMessage("The category must not contain NUL characters.").OverridePropertyName("category");
        RuleFor(f => f).Must(f => f.From is null || f.To is null || f.From < f.To).WithMessage("'from' must be before 'to'.").OverridePropertyName("from");
    }

    public static void Check<T>(FeedbackFilter filter, ValidationContext<T> context)
    {
        foreach (var failure in Instance.Validate(filter).Errors)
        {
            context.AddFailure(failure);
        }
    }
}
