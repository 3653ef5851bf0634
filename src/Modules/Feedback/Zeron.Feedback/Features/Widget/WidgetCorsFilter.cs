using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Zeron.Feedback.Features.Widget;

/// <summary>
/// The response half of the per-project CORS rule. Every widget handler decides the origin inside its own transaction
/// and answers 403 when the project's allowlist does not admit it, so a successful answer means "admitted": only then
/// is the origin echoed. Never <c>Access-Control-Allow-Credentials</c>: the widget sends no cookies.
/// </summary>
internal sealed class WidgetCorsFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // The answer depends on Origin, so shared caches must key on it (also for answers without CORS headers).
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        var result = await next(context);
        if (WidgetOrigin.HasOrigin(http) && result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 })
        {
            http.Response.Headers.AccessControlAllowOrigin = http.Request.Headers.Origin.ToString();
        }

        return result;
    }
}
