using FluentValidation;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.AddAdminReply;

internal sealed class AddAdminReplyValidator : AbstractValidator<AddAdminReplyCommand>
{
    public AddAdminReplyValidator() =>
        RuleFor(c => c.Body).NotEmpty().MaximumLength(5000).Must(b => !b.Contains('\0', StringComparison.Ordinal))
            .WithMessage("The reply must not contain NUL characters.");
}
