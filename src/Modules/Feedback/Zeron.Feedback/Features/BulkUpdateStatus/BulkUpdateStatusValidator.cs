using FluentValidation;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.BulkUpdateStatus;

internal sealed class BulkUpdateStatusValidator : AbstractValidator<BulkUpdateStatusCommand>
{
    public BulkUpdateStatusValidator()
    {
        RuleFor(c => c.ItemIds).NotEmpty().WithMessage("Select at least one item.")
            .Must(ids => ids.Count <= BulkUpdateStatusHandler.MaxItems).WithMessage($"Select at most {BulkUpdateStatusHandler.MaxItems} items, or all matching.");
        RuleFor(c => c.Status).IsInEnum();
    }
}
