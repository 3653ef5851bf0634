using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.GetWidgetConfig;

internal static class GetWidgetConfigEndpoint
{
    public const string Route = "/config";

    public static void Map(RouteGroupBuilder widget) =>
        widget.MapGet(Route, HandleAsync)
            .WithName("GetWidgetConfig")
            .WithSummary("The widget's look and categories for a project key (pk_…).")
            .WithDescription("Unknown, malformed and rotated keys are 404. A cross-origin caller must be on the project's allowlist (else 403, code widget.origin_not_allowed). Both refusals carry CORS headers so the widget can tell them from being offline.")
            .WithMetadata(ReadableRefusal.Instance)
            .Produces<WidgetConfigDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.Config);

    private static async Task<IResult> HandleAsync(string? key, HttpContext http, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetWidgetConfigQuery(key, WidgetOrigin.CrossOrigin(http)), ct)).ToHttpResult(TypedResults.Ok);
}
