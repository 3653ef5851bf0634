using System.Globalization;
using Microsoft.AspNetCore.Http;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.Widget;

/// <summary>The HTTP side of <see cref="WidgetRateLimiter"/>: 429 with <c>Retry-After</c> in seconds.</summary>
internal static class WidgetRateLimitGuard
{
    /// <returns>Null when the request may go on; otherwise the 429 answer.</returns>
    public static async Task<IResult?> CheckAsync(this WidgetRateLimiter limiter, HttpContext http, string? projectKey, CancellationToken cancellationToken)
    {
        var wait = await limiter.AcquireAsync(http.Connection.RemoteIpAddress, projectKey, cancellationToken);
        if (wait is null)
        {
            return null;
        }

        var seconds = ((long)wait.Value.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.RetryAfter = seconds;
        return ApiProblems.TooManyRequests($"Too many submissions; try again in {seconds} seconds.");
    }
}
