using AwesomeAssertions;
using Xunit;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Results;

namespace Zeron.UnitTests.SharedKernel.Http;

public sealed class ApiProblemsTests
{
    [Theory]
    [InlineData(ErrorKind.Validation, 400)]
    [InlineData(ErrorKind.Unauthorized, 401)]
    [InlineData(ErrorKind.Forbidden, 403)]
    [InlineData(ErrorKind.NotFound, 404)]
    [InlineData(ErrorKind.Conflict, 409)]
    public void StatusOf_maps_each_error_kind_to_its_status_code(ErrorKind kind, int expected)
    {
        ApiProblems.StatusOf(kind).Should().Be(expected);
    }

    [Fact]
    public void StatusOf_covers_every_declared_error_kind_with_a_client_error()
    {
        foreach (var kind in Enum.GetValues<ErrorKind>())
        {
            ApiProblems.StatusOf(kind).Should().BeInRange(400, 499, $"{kind} is an expected failure, not a server error");
        }
    }

    [Fact]
    public void StatusOf_an_undeclared_kind_is_500()
    {
        ApiProblems.StatusOf((ErrorKind)999).Should().Be(500);
    }

    [Fact]
    public void From_an_error_carries_its_status_message_and_code()
    {
        var problem = ApiProblems.From(Error.Conflict("organization.slug_taken", "The slug 'acme' is already taken."));

        problem.StatusCode.Should().Be(409);
        problem.ProblemDetails.Status.Should().Be(409);
        problem.ProblemDetails.Detail.Should().Be("The slug 'acme' is already taken.");
        problem.ProblemDetails.Extensions.Should().Contain("code", "organization.slug_taken");
    }

    [Fact]
    public void NotFound_and_Forbidden_carry_their_status_and_no_code()
    {
        ApiProblems.NotFound("gone").ProblemDetails.Extensions.Should().NotContainKey("code");
        ApiProblems.Forbidden("no").StatusCode.Should().Be(403);
        ApiProblems.NotFound("gone").StatusCode.Should().Be(404);
    }

    [Fact]
    public void The_request_level_problems_carry_their_status_and_detail()
    {
        ApiProblems.BadRequest("unreadable").StatusCode.Should().Be(400);
        ApiProblems.UnsupportedMediaType("json only").StatusCode.Should().Be(415);
        ApiProblems.PayloadTooLarge("big").StatusCode.Should().Be(413);
        var tooMany = ApiProblems.TooManyRequests("slow down");
        tooMany.StatusCode.Should().Be(429);
        tooMany.ProblemDetails.Detail.Should().Be("slow down");
    }
}
