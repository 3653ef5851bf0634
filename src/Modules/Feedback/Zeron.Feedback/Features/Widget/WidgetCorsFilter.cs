using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Zeron.Feedback.Contracts.Widget;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Feedback.Features.Widget;

/// <summary>
/// The response half of the per-project CORS rule (docs/adr/0005-public-widget-api.md): a success echoes the origin
/// (the handler admitted it); an error answer only when the project's allowlist admits it, never on 403 or 404; never
/// <c>Access-Control-Allow-Credentials</c> (the widget sends no cookies).
/// </summary>
internal sealed class WidgetCorsFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // The answer depends on Origin, so shared caches must key on it (also for answers without CORS headers).
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        object? result;
        try
        {
            result = await next(context);
        }
        catch (RequestValidationException ex)
        {
            // Answered here, as the host would, because the host's exception handler clears the response's headers.
            result = ApiProblems.Validation(ex.Errors);
        }

        if (WidgetOrigin.HasOrigin(http) && result is IStatusCodeHttpResult { StatusCode: { } status } && await AdmitsAsync(http, status))
        {
            http.Response.Headers.AccessControlAllowOrigin = http.Request.Headers.Origin.ToString();
        }

        return result;
    }

    private static async ValueTask<bool> AdmitsAsync(HttpContext http, int status)
    {
        if (status is >= 200 and < 300)
        {
            return true;
        }

        if (status is < 400 or StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound || WidgetOrigin.CrossOrigin(http) is not { } origin)
        {
            return false;
        }

        // The answer came before (or without) the handler's own check, so ask the allowlist as a preflight would.
        var key = http.Request.Query["key"].ToString();
        Guid? conversationId = Guid.TryParse(http.Request.RouteValues["conversationId"] as string, out var id) ? id : null;
        var sender = http.RequestServices.GetRequiredService<ISender>();
        return await sender.Send(new CheckWidgetOriginQuery(key.Length > 0 ? key : null, conversationId, origin), http.RequestAborted);
    }
}
