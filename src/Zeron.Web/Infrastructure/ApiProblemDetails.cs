using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Npgsql;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// RFC 9457 everywhere under <c>/api</c>: validation errors (400 with an <c>errors</c> map), malformed JSON and wrong
/// types (400), unknown routes (404), wrong methods (405), content types (415), too large (413), a dependency down
/// (503, see <see cref="Outages"/>); never a stack trace. Whatever the request's <c>Accept</c> says
/// (<see cref="ApiProblemDetailsWriter"/>).
/// </summary>
internal static class ApiProblemDetails
{
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        // Before AddProblemDetails, so it is asked first: the service takes the first writer that can write.
        services.AddSingleton<IProblemDetailsWriter, ApiProblemDetailsWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        // A value that cannot be bound throws (in every environment, not only Development), so the handler below says what
        // was wrong rather than a status-code page guessing; ParameterValueCheck names bad query and route values first.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static IApplicationBuilder UseApiStatusCodePages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (ErrorPages.Serve(http.Request))
            {
                return; // an HTML route: ErrorPages, outside this middleware, re-executes the error page
            }

            if (!IsApi(http.Request))
            {
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync($"{http.Response.StatusCode} {ReasonPhrases.GetReasonPhrase(http.Response.StatusCode)}");
                return;
            }

            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = http.Response.StatusCode, Detail = DetailFor(http.Response.StatusCode) },
            });
        });

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static string? DetailFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read: check that the body is valid JSON of the documented shape.",
        StatusCodes.Status404NotFound => "No such resource.",
        StatusCodes.Status405MethodNotAllowed => "This method is not allowed here.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => null,
    };
}

/// <summary>
/// Writes every API problem as <c>application/problem+json</c>, also when <c>Accept</c> excludes JSON (<c>text/html</c>,
/// <c>text/event-stream</c>): the framework's own writer declines those, and a status-code page, exception handler or
/// challenge that must answer then had nothing to write with (a 500). An API client gets the problem document or
/// nothing useful at all (RFC 9110 allows ignoring <c>Accept</c>). Other paths are left to the framework's writer.
/// </summary>
internal sealed class ApiProblemDetailsWriter(IOptions<ProblemDetailsOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => ApiProblemDetails.IsApi(context.HttpContext.Request);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        // The framework's defaults (type and title for the status) are applied by TypedResults.Problem's constructor.
        _ = TypedResults.Problem(problem);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var serializer = json.Value.SerializerOptions;
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
            problem, serializer.GetTypeInfo(problem.GetType()), "application/problem+json", context.HttpContext.RequestAborted));
    }
}

/// <summary>
/// Maps exceptions that reach the host to ProblemDetails; unknown ones become a bare 500. On an HTML route
/// (<see cref="ErrorPages"/>) it only chooses the status and leaves the answer to the error page. An outage
/// (<see cref="Outages.Classify"/>) is a 503 with <c>Retry-After</c> everywhere: a problem under <c>/api</c>, the
/// "cannot reach its database" page elsewhere (<see cref="OutagePage"/>).
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Outages.Classify(exception) is { } outage)
        {
            return await AnswerOutageAsync(httpContext, outage, exception);
        }

        var details = exception switch
        {
            RequestValidationException validation => new ValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Detail = ApiProblems.ValidationDetail,
            },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Detail = BadRequestDetail(bad) },
            _ when Postgres(exception)?.SqlState is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter =>
                new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Detail = "The request contains a character that cannot be stored, such as NUL (U+0000).",
                },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Detail = "An unexpected error occurred." },
        };
        httpContext.Response.StatusCode = details.Status!.Value;
        if (ErrorPages.Serve(httpContext.Request))
        {
            return true; // an HTML route: the status alone, ErrorPages re-executes the error page for it
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    private async ValueTask<bool> AnswerOutageAsync(HttpContext httpContext, Outage outage, Exception exception)
    {
        LogOutage(outage.Dependency, httpContext.Request.Method, ZeronLogging.LoggedPath(httpContext.Request.Path), exception.GetType().Name, exception.Message);
        Outages.PrepareResponse(httpContext, outage);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        if (!ApiProblemDetails.IsApi(httpContext.Request))
        {
            await OutagePage.WriteAsync(httpContext, outage);
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Detail = outage.Detail },
            Exception = exception,
        });
    }

    /// <summary>
    /// The PostgreSQL error behind the exception, if any. Text it cannot store (NUL) is the client's fault, not the
    /// server's: validators refuse it first (<c>TextRules.NoNulCharacters</c>); for a field that lacks the rule this is
    /// the net, still a 4xx and still logged as an error so the gap is seen. A unique violation is not netted: handlers
    /// that can race catch theirs (<c>DbUpdateExceptions.IsUniqueViolation</c>), so any other one is a bug and a 500.
    /// </summary>
    private static PostgresException? Postgres(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is PostgresException postgres)
            {
                return postgres;
            }
        }

        return null;
    }

    private static string BadRequestDetail(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ when exception.InnerException is JsonException || exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase) =>
            "The request could not be read: check that the body is valid JSON of the documented shape.",
        _ => "A query string or route value is missing or not of the documented type.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Dependency} is unavailable: {Method} {Path} answered 503 ({ExceptionType}: {ExceptionMessage})")]
    private partial void LogOutage(string dependency, string method, string path, string exceptionType, string exceptionMessage);
}
