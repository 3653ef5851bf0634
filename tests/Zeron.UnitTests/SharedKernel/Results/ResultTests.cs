using AwesomeAssertions;
using Xunit;
using Zeron.SharedKernel.Results;

namespace Zeron.UnitTests.SharedKernel.Results;

public sealed class ResultTests
{
    [Fact]
    public void A_value_converts_to_a_success_holding_that_value()
    {
        Result<string> result = "hello";

        result.IsSuccess.Should().BeTrue();
        result.Error.Should().BeNull();
        result.Value.Should().Be("hello");
    }

    [Fact]
    public void An_error_converts_to_a_failure_holding_that_error()
    {
        var error = Error.NotFound("thing.not_found", "No such thing.");

        Result<string> result = error;

        result.IsSuccess.Should().BeFalse();
        result.Error.Should().BeSameAs(error);
    }

    [Fact]
    public void Reading_the_value_of_a_failure_throws_naming_the_error_code()
    {
        Result<int> result = Error.Conflict("thing.taken", "Taken.");

        var act = () => result.Value;

        act.Should().Throw<InvalidOperationException>().WithMessage("*thing.taken*");
    }
}
