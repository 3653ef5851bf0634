using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zeron.SharedKernel.Results;

namespace Zeron.SharedKernel.Http;

/// <summary>RFC 9457 problem responses for the API, built in one place so every module answers alike.</summary>
public static class ApiProblems
{
    public const string ValidationDetail = "One or more fields are invalid.";

    public static ProblemHttpResult NotFound(string detail) => Create(StatusCodes.Status404NotFound, detail);

    public static ProblemHttpResult Forbidden(string detail) => Create(StatusCodes.Status403Forbidden, detail);

    public static ProblemHttpResult PayloadTooLarge(string detail) => Create(StatusCodes.Status413PayloadTooLarge, detail);

    public static ProblemHttpResult BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, detail);

    public static ProblemHttpResult UnsupportedMediaType(string detail) => Create(StatusCodes.Status415UnsupportedMediaType, detail);

    /// <summary>400 with the <c>errors</c> map, as the host answers a <see cref="Messaging.RequestValidationException"/>.</summary>
    public static ValidationProblem Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: ValidationDetail);

    /// <summary>429 with <c>Retry-After</c> (whole seconds, at least 1) set on <paramref name="response"/>; the detail says when: "{what}; try again in N seconds."</summary>
    public static ProblemHttpResult TooManyRequests(HttpResponse response, TimeSpan wait, string what)
    {
        var seconds = RetryAfterSeconds(wait);
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Create(StatusCodes.Status429TooManyRequests, $"{what}; try again in {seconds} seconds.");
    }

    /// <summary>A wait as whole seconds for <c>Retry-After</c>: rounded up, at least 1.</summary>
    public static int RetryAfterSeconds(TimeSpan wait) => (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));

    public static ProblemHttpResult From(Error error) => Create(StatusOf(error.Kind), error.Message, error.Code);

    /// <summary>The answer to <paramref name="error"/>: its problem, with <c>Retry-After</c> when the error says how long to wait.</summary>
    public static IResult Answer(Error error) =>
        error.RetryAfter is { } wait ? new RetryAfterResult(From(error), RetryAfterSeconds(wait)) : From(error);

    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static ProblemHttpResult Create(int status, string detail, string? code = null)
    {
        var extensions = code is null ? null : new Dictionary<string, object?> { ["code"] = code };
        return TypedResults.Problem(detail: detail, statusCode: status, extensions: extensions);
    }
}

/// <summary>A problem answered with <c>Retry-After</c>.</summary>
internal sealed class RetryAfterResult(ProblemHttpResult problem, int seconds) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => problem.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return problem.ExecuteAsync(httpContext);
    }
}
