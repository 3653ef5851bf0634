namespace Zeron.SharedKernel.Results;

/// <summary>What kind of failure an <see cref="Error"/> is; the HTTP layer maps it to a status code.</summary>
public enum ErrorKind
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    TooManyRequests,

    /// <summary>A dependency (a provider, a service) is down: 503, with <c>Retry-After</c> when known.</summary>
    Unavailable,
}

/// <summary>An expected failure of a use case (not an exception): a stable code and a human message.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    /// <summary>For <see cref="ErrorKind.TooManyRequests"/> and <see cref="ErrorKind.Unavailable"/>: how long the caller should wait (answered as <c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static Error NotFound(string code, string message) => new(ErrorKind.NotFound, code, message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Forbidden(string code, string message) => new(ErrorKind.Forbidden, code, message);

    public static Error Validation(string code, string message) => new(ErrorKind.Validation, code, message);

    public static Error Unauthorized(string code, string message) => new(ErrorKind.Unauthorized, code, message);

    public static Error Unavailable(string code, string message, TimeSpan retryAfter) =>
        new(ErrorKind.Unavailable, code, message) { RetryAfter = retryAfter };

    public static Error TooManyRequests(string code, string message, TimeSpan retryAfter) =>
        new(ErrorKind.TooManyRequests, code, message) { RetryAfter = retryAfter };
}
