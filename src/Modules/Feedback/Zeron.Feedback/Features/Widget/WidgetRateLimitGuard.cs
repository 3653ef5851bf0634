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
    /// Checks the conversation token of a widget conversation route: 429 while the address has presented too many wrong
    /// ones, 404 for a wrong one (counted), null for the right one.
    /// </summary>
    public static async Task<IResult?> CheckTokenAsync(
        this WidgetRateLimiter limiter, ConversationTokens tokens, HttpContext http, Guid conversationId, string? token, CancellationToken cancellationToken)
    {
        var client = http.Connection.RemoteIpAddress;
        if (await limiter.TokenChecksBlockedAsync(client, cancellationToken) is { } wait)
        {
            return ApiProblems.TooManyRequests(http.Response, wait, "Too many wrong conversation tokens");
        }

        if (tokens.IsValid(conversationId, token))
        {
            return null;
        }

        await limiter.RecordWrongTokenAsync(client, cancellationToken);
        return ApiProblems.From(WidgetErrors.ConversationNotFound);
    }
}
