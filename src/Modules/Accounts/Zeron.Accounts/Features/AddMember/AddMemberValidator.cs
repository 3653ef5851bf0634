using FluentValidation;
using Zeron.Accounts.Contracts.Members;

namespace Zeron.Accounts.Features.AddMember;

internal sealed class AddMemberValidator : AbstractValidator<AddMemberCommand>
{
    public AddMemberValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(c => c.Role).IsInEnum();
        RuleFor(c => c.Password!).MinimumLength(10).MaximumLength(200).When(c => c.Password is not null);
    }
}
