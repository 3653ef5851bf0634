using FluentValidation;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Features.ListFeedback;

namespace Zeron.Feedback.Features.BulkUpdateStatus;

internal sealed class BulkUpdateMatchingStatusValidator : AbstractValidator<BulkUpdateMatchingStatusCommand>
{
    public BulkUpdateMatchingStatusValidator()
    {
        RuleFor(c => c.Status).IsInEnum();
        RuleFor(c => c.Filter).Custom(FeedbackFilterValidator.Check);
    }
}
