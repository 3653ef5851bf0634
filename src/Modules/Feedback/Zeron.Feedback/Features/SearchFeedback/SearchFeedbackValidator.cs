using FluentValidation;
using Zeron.Feedback.Contracts.Search;
using Zeron.SharedKernel.Validation;

namespace Zeron.Feedback.Features.SearchFeedback;

internal sealed class SearchFeedbackValidator : AbstractValidator<SearchFeedbackQuery>
{
    public SearchFeedbackValidator()
    {
        RuleFor(q => q.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Give the text to search for.")
            .MaximumLength(SearchFeedbackQuery.MaxTextLength).WithMessage($"Search with at most {SearchFeedbackQuery.MaxTextLength} characters.")
            .NoNulCharacters().OverridePropertyName("q");
        RuleFor(q => q.Limit).InclusiveBetween(1, SearchFeedbackQuery.MaxLimit).OverridePropertyName("limit");
    }
}
