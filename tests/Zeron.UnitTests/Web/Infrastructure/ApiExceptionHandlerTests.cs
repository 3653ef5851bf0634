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

    private static async Task<(int Status, string? Detail)> HandleAsync(Exception exception)
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new ApiExceptionHandler(services.GetRequiredService<IProblemDetailsService>());

        (await handler.TryHandleAsync(context, exception, CancellationToken.None)).Should().BeTrue();

        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body);
        return (context.Response.StatusCode, problem.RootElement.GetProperty("detail").GetString());
    }
}
