using FluentValidation;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.ListFeedback;

internal sealed class ListFeedbackValidator : AbstractValidator<ListFeedbackQuery>
{
    public const int MaxLimit = 200;

    public ListFeedbackValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
        RuleFor(q => q.Sort).IsInEnum();
        RuleFor(q => q.Cursor).Must((q, c) => c is null || FeedbackCursor.TryDecode(c, q.Sort, out _)).WithMessage("The cursor is not one this API returned for this sort.");
        RuleFor(q => q.Filter).Custom(FeedbackFilterValidator.Check);
    }
}
