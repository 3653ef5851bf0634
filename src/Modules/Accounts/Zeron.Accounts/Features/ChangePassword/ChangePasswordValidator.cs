using FluentValidation;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.SharedKernel.Validation;

namespace Zeron.Accounts.Features.ChangePassword;

/// <summary>The shape only; the strength of the new password is Identity's password policy, checked by the handler.</summary>
internal sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(200).NoNulCharacters();
        RuleFor(c => c.NewPassword).NotEmpty().MaximumLength(200).NoNulCharacters();
    }
}
