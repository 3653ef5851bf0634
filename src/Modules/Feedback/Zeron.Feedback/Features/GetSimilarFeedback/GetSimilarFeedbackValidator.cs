using FluentValidation;
using Zeron.Feedback.Contracts.Search;

namespace Zeron.Feedback.Features.GetSimilarFeedback;

internal sealed class GetSimilarFeedbackValidator : AbstractValidator<GetSimilarFeedbackQuery>
{
    public GetSimilarFeedbackValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, GetSimilarFeedbackQuery.MaxLimit).OverridePropertyName("limit");
}
