using FluentValidation;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Validation;

namespace Zeron.Feedback.Features.ListFeedback;

internal sealed class ListFeedbackValidator : AbstractValidator<ListFeedbackQuery>
{
    public const int MaxLimit = 200;

    public ListFeedbackValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
        RuleFor(q => q.Cursor).Must(c => c is null || FeedbackCursor.TryDecode(c, out _)).WithMessage("The cursor is not one this API returned.");
        RuleFor(q => q.Filter.Query).MaximumLength(200).Must(TextRules.HasNoNul).WithMessage("The search must not contain NUL characters.").OverridePropertyName("q");
        RuleFor(q => q.Filter.Category).MaximumLength(30).Must(TextRules.HasNoNul).WithMessage("The category must not contain NUL characters.").OverridePropertyName("category");
        RuleFor(q => q.Filter).Must(f => f.From is null || f.To is null || f.From < f.To).WithMessage("'from' must be before 'to'.").OverridePropertyName("from");
    }
}
