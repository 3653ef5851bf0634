using System.Text.RegularExpressions;
using FluentValidation;
using Zeron.Integrations.Contracts.Ai;

namespace Zeron.Integrations.Features.SaveLlmPrice;

internal sealed partial class SaveLlmPriceValidator : AbstractValidator<SaveLlmPriceCommand>
{
    public const decimal MaxPerMillion = 10_000m;

    public static readonly IReadOnlyList<string> Providers = ["anthropic", "openai"];

    public SaveLlmPriceValidator(TimeProvider clock)
    {
        RuleFor(c => c.Provider).Must(Providers.Contains).WithMessage($"The provider is one of: {string.Join(", ", Providers)}.");
        RuleFor(c => c.Model)
            .NotEmpty().WithMessage("Give the model's id as the provider names it, e.g. claude-haiku-4-5.")
            .MaximumLength(100).WithMessage("A model id has at most 100 characters.")
            .Matches(ModelId()).WithMessage("A model id is lower-case letters, digits and . - _ : only, e.g. claude-haiku-4-5.");
        RuleFor(c => c.EffectiveFrom)
            .Must(day => day >= Today(clock))
            .WithMessage(_ => $"A new price starts today ({Today(clock):yyyy-MM-dd}, UTC) or later: calls already made keep the price they were charged.");
        Price(c => c.InputPerMillion, "input");
        Price(c => c.OutputPerMillion, "output");
        Price(c => c.CacheWrite5mPerMillion, "5-minute cache write");
        Price(c => c.CacheWrite1hPerMillion, "1-hour cache write");
        Price(c => c.CacheReadPerMillion, "cache read");
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private void Price(System.Linq.Expressions.Expression<Func<SaveLlmPriceCommand, decimal>> price, string what) =>
        RuleFor(price)
            .InclusiveBetween(0m, MaxPerMillion).WithMessage($"The {what} price is between 0 and {MaxPerMillion:#,0} USD per million tokens.")
            .Must(usd => decimal.Round(usd, 6) == usd).WithMessage($"The {what} price has at most 6 decimals.");

    [GeneratedRegex("^[a-z0-9][a-z0-9._:-]*$")]
    private static partial Regex ModelId();
}
