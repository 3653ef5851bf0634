using FluentValidation;
using Zeron.Accounts.Contracts.Organizations;

namespace Zeron.Accounts.Features.CreateOrganization;

internal sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganizationCommand>
{
    public CreateOrganizationValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).Must(NameRules.HasNoControlCharacters)
            .WithMessage("Name must not contain control characters.");
        RuleFor(c => c.Slug!).Matches(Slugs.Pattern).WithMessage(Slugs.Rule).When(c => c.Slug is not null);
        RuleFor(c => c.Name).Must(n => Slugs.FromName(n).Length >= 2)
            .WithMessage("Name needs at least two letters or digits (or give a slug).")
            .When(c => c.Slug is null && !string.IsNullOrWhiteSpace(c.Name));
    }
}
