using FluentValidation;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.SharedKernel.Validation;

namespace Zeron.Accounts.Features.IssueToken;

internal sealed class IssueTokenValidator : AbstractValidator<IssueTokenCommand>
{
    public IssueTokenValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254).NoNulCharacters();
        RuleFor(c => c.Password).NotEmpty().MaximumLength(200).NoNulCharacters();
    }
}
