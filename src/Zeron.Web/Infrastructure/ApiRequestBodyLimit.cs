using Microsoft.AspNetCore.Http.Features;
using Zeron.SharedKernel.Http;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Answers 413 ProblemDetails for an API request whose declared body is over the limit, without reading it; a body
/// that streams past the limit is stopped by the server's own limit, set here too for hosts other than Kestrel.
/// </summary>
internal sealed class ApiRequestBodyLimit(RequestDelegate next, ApiLimits limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > limits.MaxRequestBodyBytes)
        {
            await ApiProblems.PayloadTooLarge($"The request body is larger than {limits.MaxRequestBodyBytes} bytes.").ExecuteAsync(context);
            return;
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        }

        await next(context);
    }
}
