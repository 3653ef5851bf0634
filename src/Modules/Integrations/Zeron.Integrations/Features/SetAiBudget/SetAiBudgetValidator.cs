using FluentValidation;
using Zeron.Integrations.Contracts.Ai;

namespace Zeron.Integrations.Features.SetAiBudget;

internal sealed class SetAiBudgetValidator : AbstractValidator<SetAiBudgetCommand>
{
    public const decimal Max = 1_000_000m;

    public SetAiBudgetValidator() =>
        RuleFor(c => c.MonthlyUsd)
            .InclusiveBetween(0m, Max).WithMessage($"The monthly budget is between 0 and {Max:#,0} USD (or none).")
            .Must(usd => usd is not { } value || decimal.Round(value, 2) == value).WithMessage("The monthly budget has at most 2 decimals (cents).");
}
