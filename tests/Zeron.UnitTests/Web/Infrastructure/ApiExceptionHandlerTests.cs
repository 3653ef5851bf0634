using System.Text.Json;
using AwesomeAssertions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;
using Zeron.Web.Infrastructure;

namespace Zeron.UnitTests.Web.Infrastructure;

public sealed class ApiExceptionHandlerTests
{
    public static TheoryData<Exception> UnstorableText => new()
    {
        new PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", PostgresErrorCodes.CharacterNotInRepertoire),
        new DbUpdateException("An error occurred while saving the entity changes.",
            new PostgresException("character with byte sequence has no equivalent", "ERROR", "ERROR", PostgresErrorCodes.UntranslatableCharacter)),
    };

    [Theory]
    [MemberData(nameof(UnstorableText))]
    public async Task Text_postgres_cannot_store_is_the_clients_400_not_a_500(Exception exception)
    {
        var (status, detail) = await HandleAsync(exception);

        status.Should().Be(StatusCodes.Status400BadRequest);
        detail.Should().Contain("cannot be stored");
    }

    [Fact]
    public async Task A_unique_violation_no_handler_expected_is_a_bug_so_a_500()
    {
        var (status, detail) = await HandleAsync(new DbUpdateException("An error occurred while saving the entity changes.",
            new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)));

        status.Should().Be(StatusCodes.Status500InternalServerError);
        detail.Should().Be("An unexpected error occurred.");
    }

    [Fact]
    public async Task Any_other_database_error_stays_a_500_without_details()
    {
        var (status, detail) = await HandleAsync(new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected));

        status.Should().Be(StatusCodes.Status500InternalServerError);
        detail.Should().Be("An unexpected error occurred.");
    }

    [Fact]
    public async Task PostgreSQL_down_is_a_503_problem_with_retry_after_under_the_api()
    {
        var context = await HandleInAsync("/api/v1/orgs", new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111)));

        context.Response.StatusCode.Should().Be(StatusCodes.Status503ServiceUnavailable);
        context.Response.Headers.RetryAfter.ToString().Should().Be("5");
        context.Response.ContentType.Should().Be("application/problem+json");
        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        problem.RootElement.GetProperty("detail").GetString().Should().Contain("cannot reach its database (PostgreSQL)");
    }

    [Fact]
    public async Task PostgreSQL_down_is_the_503_page_in_the_admin_ui()
    {
        var context = await HandleInAsync("/admin/feedback", new PostgresException("the database system is shutting down", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow));

        context.Response.StatusCode.Should().Be(StatusCodes.Status503ServiceUnavailable);
        context.Response.Headers.RetryAfter.ToString().Should().Be("5");
        context.Response.ContentType.Should().StartWith("text/html");
        context.Response.Body.Position = 0;
        (await new StreamReader(context.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken)).Should().Contain("Zeron cannot reach its database");
    }

    [Fact]
    public async Task A_bug_on_an_admin_page_sets_only_the_500_for_the_error_page_to_answer()
    {
        var context = await HandleInAsync("/admin/feedback", new InvalidOperationException("secret internals"));

        context.Response.StatusCode.Should().Be(StatusCodes.Status500InternalServerError);
        context.Response.Body.Length.Should().Be(0, "ErrorPages re-executes the layout's 500 page; no problem JSON and no exception text");
    }

    private static async Task<DefaultHttpContext> HandleInAsync(string path, Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        var handler = new ApiExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ApiExceptionHandler>.Instance);

        (await handler.TryHandleAsync(context, exception, CancellationToken.None)).Should().BeTrue();
        return context;
    }

    private static async Task<(int Status, string? Detail)> HandleAsync(Exception exception)
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/v1/things"; // an API route: HTML routes get only the status, for the error page
        context.Response.Body = new MemoryStream();
        var handler = new ApiExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ApiExceptionHandler>.Instance);

        (await handler.TryHandleAsync(context, exception, CancellationToken.None)).Should().BeTrue();

        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body);
        return (context.Response.StatusCode, problem.RootElement.GetProperty("detail").GetString());
    }
}
