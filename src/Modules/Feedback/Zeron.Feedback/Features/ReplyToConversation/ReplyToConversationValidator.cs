using FluentValidation;
using Zeron.Feedback.Contracts.Widget;
using Zeron.SharedKernel.Validation;

namespace Zeron.Feedback.Features.ReplyToConversation;

internal sealed class ReplyToConversationValidator : AbstractValidator<ReplyToConversationCommand>
{
    public const int MaxBodyLength = 5000;

    public ReplyToConversationValidator() =>
        // NUL is refused because PostgreSQL text cannot hold it; markup is kept verbatim (escaping is the renderer's job).
        RuleFor(c => c.Body).NotEmpty().MaximumLength(MaxBodyLength)
            .NoNulCharacters();
}
