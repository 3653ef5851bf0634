using FluentValidation;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Validation;

namespace Zeron.Feedback.Features.AddAdminReply;

internal sealed class AddAdminReplyValidator : AbstractValidator<AddAdminReplyCommand>
{
    public AddAdminReplyValidator() =>
        RuleFor(c => c.Body).NotEmpty().MaximumLength(5000).Must(TextRules.HasNoNul)
            .WithMessage("The reply must not contain NUL characters.");
}
