using AwesomeAssertions;
using Xunit;
using Zeron.SharedKernel.Results;

namespace Zeron.UnitTests.SharedKernel.Results;

public sealed class ErrorTests
{
    [Fact]
    public void Error_factories_set_the_kind_code_and_message()
    {
        Error.Validation("c1", "m1").Should().Be(new Error(ErrorKind.Validation, "c1", "m1"));
        Error.Unauthorized("c2", "m2").Should().Be(new Error(ErrorKind.Unauthorized, "c2", "m2"));
        Error.Forbidden("c3", "m3").Should().Be(new Error(ErrorKind.Forbidden, "c3", "m3"));
        Error.NotFound("c4", "m4").Should().Be(new Error(ErrorKind.NotFound, "c4", "m4"));
        Error.Conflict("c5", "m5").Should().Be(new Error(ErrorKind.Conflict, "c5", "m5"));
    }
}
