using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.WidgetPreflight;

/// <summary>
/// <c>OPTIONS</c> for one widget route: an admitted (or same-origin) caller gets 204 with the CORS answer
/// (<see cref="WidgetCorsFilter"/> adds the allowed origin), anyone else 403. Without an Origin it is a plain OPTIONS.
/// </summary>
internal static class WidgetPreflightEndpoint
{
    public static void Map(RouteGroupBuilder widget, string route, string method) =>
        widget.MapMethods(route, [HttpMethods.Options], (HttpContext http, string? key, ISender sender, CancellationToken ct) =>
                HandleAsync(http, key, method, sender, ct))
            .ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpContext http, string? key, string method, ISender sender, CancellationToken ct)
    {
        var origin = WidgetOrigin.CrossOrigin(http);
        if (origin is not null)
        {
            Guid? conversationId = Guid.TryParse(http.Request.RouteValues["conversationId"] as string, out var id) ? id : null;
            if (!await sender.Send(new CheckWidgetOriginQuery(key, conversationId, origin), ct))
            {
                return ApiProblems.Forbidden("This site is not allowed to use the project's widget.");
            }
        }

        var headers = http.Response.Headers;
        headers.Allow = $"{method}, {HttpMethods.Options}";
        if (http.Request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod))
        {
            headers.AccessControlAllowMethods = "GET, POST";
            headers.AccessControlAllowHeaders = HeaderNames.ContentType;
            headers.AccessControlMaxAge = "600";
        }

        return TypedResults.NoContent();
    }
}
