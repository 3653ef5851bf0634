using FluentValidation;
using Zeron.Accounts.Contracts.Members;

namespace Zeron.Accounts.Features.ChangeMemberRole;

internal sealed class ChangeMemberRoleValidator : AbstractValidator<ChangeMemberRoleCommand>
{
    public ChangeMemberRoleValidator() => RuleFor(c => c.Role).IsInEnum().WithMessage("Role must be Owner, Admin or Member.");
}
