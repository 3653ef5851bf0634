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

    /// <summary>429; the caller sets <c>Retry-After</c> on the response.</summary>
    public static ProblemHttpResult TooManyRequests(string detail) => Create(StatusCodes.Status429TooManyRequests, detail);

    public static ProblemHttpResult From(Error error) => Create(StatusOf(error.Kind), error.Message, error.Code);

    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static ProblemHttpResult Create(int status, string detail, string? code = null)
    {
        var extensions = code is null ? null : new Dictionary<string, object?> { ["code"] = code };
        return TypedResults.Problem(detail: detail, statusCode: status, extensions: extensions);
    }
}
