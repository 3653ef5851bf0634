using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback.Features.DeleteFeedbackItem;

internal static class DeleteFeedbackItemEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapDelete("/feedback/{id:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("DeleteFeedback")
            .WithSummary("Delete a feedback item and its conversation.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteFeedbackItemCommand(orgId, id), ct)).ToHttpResult(_ => TypedResults.NoContent());
}
