using FluentValidation;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Features.ListFeedback;

namespace Zeron.Feedback.Features.CountFeedback;

internal sealed class CountFeedbackValidator : AbstractValidator<CountFeedbackQuery>
{
    public CountFeedbackValidator()
    {
        RuleFor(q => q.Sort).IsInEnum();
        RuleFor(q => q.Cursor).Must((q, c) => c is null || FeedbackCursor.TryDecode(c, q.Sort, out _)).WithMessage("The cursor is not one the inbox returned for this sort.");
        RuleFor(q => q.Filter).Custom(FeedbackFilterValidator.Check);
    }
}
