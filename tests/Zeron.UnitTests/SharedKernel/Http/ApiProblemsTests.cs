using AwesomeAssertions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
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
    [InlineData(ErrorKind.TooManyRequests, 429)]
    public void StatusOf_maps_each_error_kind_to_its_status_code(ErrorKind kind, int expected)
    {
        ApiProblems.StatusOf(kind).Should().Be(expected);
    }

    [Fact]
    public void StatusOf_covers_every_declared_error_kind_with_a_client_error_or_503()
    {
        foreach (var kind in Enum.GetValues<ErrorKind>().Where(k => k != ErrorKind.Unavailable))
        {
            ApiProblems.StatusOf(kind).Should().BeInRange(400, 499, $"{kind} is an expected failure, not a server error");
        }

        ApiProblems.StatusOf(ErrorKind.Unavailable).Should().Be(503, "a dependency being down is the one expected failure that is not the caller's");
    }

    [Theory]
    [InlineData(0.2, 1)]
    [InlineData(1.0, 1)]
    [InlineData(1.01, 2)]
    [InlineData(59.5, 60)]
    public void RetryAfterSeconds_rounds_up_to_a_whole_second_of_at_least_one(double seconds, int expected)
    {
        ApiProblems.RetryAfterSeconds(TimeSpan.FromSeconds(seconds)).Should().Be(expected);
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
        var response = new DefaultHttpContext().Response;
        var tooMany = ApiProblems.TooManyRequests(response, TimeSpan.FromSeconds(4.2), "Slow down");
        tooMany.StatusCode.Should().Be(429);
        tooMany.ProblemDetails.Detail.Should().Be("Slow down; try again in 5 seconds.");
        response.Headers.RetryAfter.ToString().Should().Be("5");
    }

    [Fact]
    public async Task An_error_that_says_how_long_to_wait_is_answered_with_retry_after()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();

        await ApiProblems.Answer(Error.TooManyRequests("auth.too_many_attempts", "Wait.", TimeSpan.FromSeconds(30))).ExecuteAsync(context);

        context.Response.StatusCode.Should().Be(429);
        context.Response.Headers.RetryAfter.ToString().Should().Be("30");
        ApiProblems.Answer(Error.Conflict("c", "m")).Should().BeOfType<ProblemHttpResult>("other errors are plain problems");
    }
}
