using FluentValidation;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Validation;

namespace Zeron.Feedback.Features.FindOriginalCandidates;

internal sealed class FindOriginalCandidatesValidator : AbstractValidator<FindOriginalCandidatesQuery>
{
    public FindOriginalCandidatesValidator() =>
        RuleFor(q => q.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Type part of the original's message.")
            .MaximumLength(200).WithMessage("Type at most 200 characters of the original's message.")
            .NoNulCharacters().OverridePropertyName("text");
}
