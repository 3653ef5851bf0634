using FluentValidation;
using Zeron.Accounts.Contracts.Invitations;

namespace Zeron.Accounts.Features.DeclineInvitation;

internal sealed class DeclineInvitationValidator : AbstractValidator<DeclineInvitationCommand>
{
    public DeclineInvitationValidator() => RuleFor(c => c.Token).InvitationLinkToken();
}
