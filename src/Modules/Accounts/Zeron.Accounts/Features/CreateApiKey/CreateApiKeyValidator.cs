using FluentValidation;
using Zeron.Accounts.Contracts.ApiKeys;
using Zeron.Accounts.Features.CreateOrganization;

namespace Zeron.Accounts.Features.CreateApiKey;

internal sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator() =>
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).Must(NameRules.HasNoControlCharacters)
            .WithMessage("Name must not contain control characters.");
}
