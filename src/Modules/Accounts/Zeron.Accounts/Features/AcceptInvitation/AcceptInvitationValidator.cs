using FluentValidation;
using Zeron.Accounts.Contracts.Invitations;

namespace Zeron.Accounts.Features.AcceptInvitation;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator() => RuleFor(c => c.Token).InvitationLinkToken();
}
