using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Contracts.Ai;
using Zeron.Integrations.Features.SetAiBudget;

namespace Zeron.UnitTests.Integrations.Features.SetAiBudget;

public sealed class SetAiBudgetValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("25.50")]
    [InlineData("1000000")]
    public void No_limit_and_cents_from_0_to_a_million_are_allowed(string? usd) =>
        new SetAiBudgetValidator().Validate(Command(usd)).IsValid.Should().BeTrue();

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1000000.01")]
    [InlineData("0.001")]
    [InlineData("12.345")]
    public void Negative_over_a_million_or_finer_than_cents_is_refused(string usd)
    {
        var result = new SetAiBudgetValidator().Validate(Command(usd));
        result.IsValid.Should().BeFalse();
        result.Errors.Should().OnlyContain(e => e.PropertyName == nameof(SetAiBudgetCommand.MonthlyUsd));
    }

    private static SetAiBudgetCommand Command(string? usd) =>
        new(Guid.NewGuid(), usd is null ? null : decimal.Parse(usd, System.Globalization.CultureInfo.InvariantCulture));
}
