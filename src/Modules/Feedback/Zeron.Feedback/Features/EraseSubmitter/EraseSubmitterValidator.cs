using FluentValidation;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Validation;

namespace Zeron.Feedback.Features.EraseSubmitter;

internal sealed class EraseSubmitterValidator : AbstractValidator<EraseSubmitterCommand>
{
    public EraseSubmitterValidator() => RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress().NoNulCharacters();
}
