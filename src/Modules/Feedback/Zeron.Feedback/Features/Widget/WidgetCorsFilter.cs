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
/// (the handler admitted it); an error answer only when the project's allowlist admits it, never on 403 or 404 except
/// a <see cref="ReadableRefusal"/> route's (ADR 21); never <c>Access-Control-Allow-Credentials</c> (the widget sends no
/// cookies). An outage is answered here, 503 with <c>Retry-After</c> (<see cref="Outages"/>), because the host's
/// exception handler clears the response's headers; if the allowlist cannot be read then, the origins it admitted
/// lately decide (<see cref="AdmittedOrigins"/>).
/// </summary>
internal sealed class WidgetCorsFilter(AdmittedOrigins admitted) : IEndpointFilter
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
        catch (Exception ex) when (Outages.Classify(ex) is { } outage)
        {
            result = Outages.Answer(http, outage);
        }

        if (WidgetOrigin.HasOrigin(http) && result is IStatusCodeHttpResult { StatusCode: { } status } && await AdmitsAsync(http, status))
        {
            http.Response.Headers.AccessControlAllowOrigin = http.Request.Headers.Origin.ToString();
            // The widget backs off by Retry-After (429, 503): a cross-origin script reads only headers exposed to it.
            http.Response.Headers.AccessControlExposeHeaders = "Retry-After";
        }

        return result;
    }

    private async ValueTask<bool> AdmitsAsync(HttpContext http, int status)
    {
        var origin = WidgetOrigin.CrossOrigin(http);
        var key = http.Request.Query["key"].ToString();
        Guid? conversationId = Guid.TryParse(http.Request.RouteValues["conversationId"] as string, out var id) ? id : null;
        var scope = conversationId is { } c ? $"c:{c}" : $"k:{key}";
        if (status is >= 200 and < 300)
        {
            if (origin is not null)
            {
                admitted.Remember(scope, origin);
            }

            return true;
        }

        if (ReadableRefusal.Applies(http, status))
        {
            return true;
        }

        if (status is < 400 or StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound || origin is null)
        {
            return false;
        }

        // The answer came before (or without) the handler's own check, so ask the allowlist as a preflight would.
        try
        {
            var sender = http.RequestServices.GetRequiredService<ISender>();
            var admits = await sender.Send(new CheckWidgetOriginQuery(key.Length > 0 ? key : null, conversationId, origin), http.RequestAborted);
            if (admits)
            {
                admitted.Remember(scope, origin);
            }

            return admits;
        }
        catch (Exception ex) when (status == StatusCodes.Status503ServiceUnavailable && Outages.Classify(ex) is not null)
        {
            return admitted.WasAdmitted(scope, origin);
        }
    }
}
