using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.Widget;

/// <summary>Endpoint metadata: the widget routes take far smaller bodies than the app-wide limit (anyone can call them).</summary>
internal sealed record WidgetBodyLimit(long MaxBytes)
{
    public const long Default = 32 * 1024;

    public static long Of(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<WidgetBodyLimit>()?.MaxBytes ?? Default;
}

/// <summary>
/// Runs before anything reads the body (the widget endpoints read it themselves): a declared length over the limit is
/// 413 at once; a chunked body is capped through the server's body-size feature, and the reader counts bytes too.
/// </summary>
internal sealed class WidgetBodyLimitFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var limit = WidgetBodyLimit.Of(http);
        if (http.Request.ContentLength > limit)
        {
            return ApiProblems.PayloadTooLarge($"The request body is larger than {limit} bytes.");
        }

        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        return await next(context);
    }
}
