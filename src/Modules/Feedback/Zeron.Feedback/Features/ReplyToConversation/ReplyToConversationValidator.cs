using FluentValidation;
using Zeron.Feedback.Contracts.Widget;

namespace Zeron.Feedback.Features.ReplyToConversation;

internal sealed class ReplyToConversationValidator : AbstractValidator<ReplyToConversationCommand>
{
    public const int MaxBodyLength = 5000;

    public ReplyToConversationValidator() =>
        // NUL is refused because PostgreSQL text cannot hold it; markup is kept verbatim (escaping is the renderer's job).
        RuleFor(c => c.Body).NotEmpty().MaximumLength(MaxBodyLength)
            .Must(b => b is null || !b.Contains('\0', StringComparison.Ordinal)).WithMessage("Body must not contain NUL characters.");
}
