using FluentValidation;
using Zeron.Accounts.Contracts.Members;
using Zeron.SharedKernel.Validation;

namespace Zeron.Accounts.Features.AddMember;

internal sealed class AddMemberValidator : AbstractValidator<AddMemberCommand>
{
    public AddMemberValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress().NoNulCharacters();
        RuleFor(c => c.Role).IsInEnum();
    }
}
