using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Contracts.Ai;
using Zeron.Integrations.Features.SaveLlmPrice;

namespace Zeron.UnitTests.Integrations.Features.SaveLlmPrice;

public sealed class SaveLlmPriceValidatorTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly SaveLlmPriceCommand Good = new("anthropic", "claude-haiku-4-5", Today, 1m, 5m, 1.25m, 2m, 0.1m);

    private readonly SaveLlmPriceValidator _validator = new(TimeProvider.System);

    [Fact]
    public void A_price_from_today_or_later_is_allowed()
    {
        _validator.Validate(Good).IsValid.Should().BeTrue();
        _validator.Validate(Good with { EffectiveFrom = Today.AddDays(30), Provider = "openai", Model = "gpt-5.1-mini:2026" }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Each_bad_field_is_named()
    {
        Fields(Good with { EffectiveFrom = Today.AddDays(-1) }).Should().Equal("EffectiveFrom");
        Fields(Good with { Provider = "gemini" }).Should().Equal("Provider");
        Fields(Good with { Model = "" }).Should().Equal("Model");
        Fields(Good with { Model = "Claude Haiku" }).Should().Equal("Model");
        Fields(Good with { Model = new string('a', 101) }).Should().Equal("Model");
        Fields(Good with { InputPerMillion = -1m }).Should().Equal("InputPerMillion");
        Fields(Good with { OutputPerMillion = 10_000.01m }).Should().Equal("OutputPerMillion");
        Fields(Good with { CacheReadPerMillion = 0.0000001m }).Should().Equal("CacheReadPerMillion");
    }

    private string[] Fields(SaveLlmPriceCommand command) => [.. _validator.Validate(command).Errors.Select(e => e.PropertyName).Distinct()];
}
