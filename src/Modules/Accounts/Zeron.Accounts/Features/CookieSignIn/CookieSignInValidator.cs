using FluentValidation;
using Zeron.Accounts.Contracts.SignIn;

namespace Zeron.Accounts.Features.CookieSignIn;

internal sealed class CookieSignInValidator : AbstractValidator<CookieSignInCommand>
{
    public CookieSignInValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(200);
    }
}
