using FluentValidation;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Validation;

namespace Zeron.Accounts.Features.AcceptInvitation;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator() =>
        RuleFor(c => c.Token).NotEmpty().WithMessage("The token of the invitation's link is required (the last segment of its acceptUrl).")
            .MaximumLength(100).NoNulCharacters();
}
