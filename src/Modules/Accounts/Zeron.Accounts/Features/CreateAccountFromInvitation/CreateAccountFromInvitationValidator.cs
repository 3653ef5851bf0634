using FluentValidation;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Validation;

namespace Zeron.Accounts.Features.CreateAccountFromInvitation;

/// <summary>Shape only; the password's strength is Identity's rules, checked by the handler.</summary>
internal sealed class CreateAccountFromInvitationValidator : AbstractValidator<CreateAccountFromInvitationCommand>
{
    public CreateAccountFromInvitationValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(100).NoNulCharacters();
        RuleFor(c => c.Password).NotEmpty().MaximumLength(200).NoNulCharacters();
    }
}
