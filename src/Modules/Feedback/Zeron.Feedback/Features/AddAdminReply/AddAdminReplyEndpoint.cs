using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback.Features.AddAdminReply;

internal sealed record AddAdminReplyRequest(string? Body);

internal static class AddAdminReplyEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPost("/feedback/{id:guid}/messages", HandleAsync)
            .WithName("ReplyToFeedback")
            .WithSummary("Reply to the submitter; they read it in the widget's conversation view.")
            .Produces<ConversationMessageDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample(new AddAdminReplyRequest(FeedbackExamples.AdminMessage.Body))
            .WithResponseExample(StatusCodes.Status201Created, FeedbackExamples.AdminMessage);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid id, AddAdminReplyRequest request, ClaimsPrincipal caller, ISender sender, CancellationToken ct) =>
        (await sender.Send(new AddAdminReplyCommand(orgId, id, caller.UserId(), request.Body ?? ""), ct))
            .ToHttpResult(m => TypedResults.Created($"/api/v1/orgs/{orgId}/feedback/{id}/messages/{m.Id}", m));
}
