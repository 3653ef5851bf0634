using Microsoft.AspNetCore.Http;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.Widget;

/// <summary>The HTTP side of <see cref="WidgetRateLimiter"/>: 429 with <c>Retry-After</c> in seconds.</summary>
internal static class WidgetRateLimitGuard
{
    /// <returns>Null when the request may go on; otherwise the 429 answer.</returns>
    public static async Task<IResult?> CheckAsync(this WidgetRateLimiter limiter, HttpContext http, string? projectKey, CancellationToken cancellationToken) =>
        await limiter.AcquireAsync(http.Connection.RemoteIpAddress, projectKey, cancellationToken) is { } wait
            ? ApiProblems.TooManyRequests(http.Response, wait, "Too many submissions")
            : null;

    /// <summary>
    /// Checks the conversation token of a widget conversation route: null for the right one (always), 429 for a wrong
    /// one while the address has presented too many wrong ones, else 404 (counted).
    /// </summary>
    public static async Task<IResult?> CheckTokenAsync(
        this WidgetRateLimiter limiter, ConversationTokens tokens, HttpContext http, Guid conversationId, string? token, CancellationToken cancellationToken)
    {
        // The right token is never held back (a neighbour behind the same address guessing must not lock the
        // submitter out); the check is a constant-time HMAC comparison, so trying it first reveals nothing.
        if (tokens.IsValid(conversationId, token))
        {
            return null;
        }

        var client = http.Connection.RemoteIpAddress;
        if (await limiter.TokenChecksBlockedAsync(client, cancellationToken) is { } wait)
        {
            return ApiProblems.TooManyRequests(http.Response, wait, "Too many wrong conversation tokens");
        }

        await limiter.RecordWrongTokenAsync(client, cancellationToken);
        return ApiProblems.From(WidgetErrors.ConversationNotFound);
    }
}
