using FluentValidation;
using Zeron.Accounts.Contracts.SignIn;

namespace Zeron.Accounts.Features.IssueToken;

internal sealed class IssueTokenValidator : AbstractValidator<IssueTokenCommand>
{
    public IssueTokenValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(200);
    }
}
