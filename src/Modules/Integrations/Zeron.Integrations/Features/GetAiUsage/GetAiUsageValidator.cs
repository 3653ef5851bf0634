using FluentValidation;
using Zeron.Integrations.Contracts.Ai;

namespace Zeron.Integrations.Features.GetAiUsage;

internal sealed class GetAiUsageValidator : AbstractValidator<GetAiUsageQuery>
{
    public const int MaxDays = 366;

    public GetAiUsageValidator()
    {
        RuleFor(q => q.GroupBy).IsInEnum();
        RuleFor(q => q.To)
            .GreaterThanOrEqualTo(q => q.From)
            .WithMessage(q => $"'to' ({q.To:yyyy-MM-dd}) is before 'from' ({q.From:yyyy-MM-dd}).");
        RuleFor(q => q.To)
            .Must((q, to) => to.DayNumber - q.From.DayNumber + 1 <= MaxDays)
            .When(q => q.To >= q.From)
            .WithMessage(q => $"The span from {q.From:yyyy-MM-dd} to {q.To:yyyy-MM-dd} is {q.To.DayNumber - q.From.DayNumber + 1} days; at most {MaxDays}.");
    }
}
