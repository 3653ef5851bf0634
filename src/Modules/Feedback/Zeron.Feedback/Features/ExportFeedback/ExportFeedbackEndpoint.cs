using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Features.ListFeedback;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.ExportFeedback;

internal static class ExportFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/projects/{projectId:guid}/feedback/export.csv", HandleAsync)
            .WithName("ExportFeedbackCsv")
            .WithSummary("The project's feedback as CSV (same filters as the list), streamed.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        Guid orgId, Guid projectId, [Microsoft.AspNetCore.Http.AsParameters] FeedbackFilterParameters filter, ISender sender, HttpContext http, CancellationToken ct)
    {
        var (parsed, error) = filter.ToFilter();
        if (parsed is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [error!] });
        }

        // The list query validates the filter and answers 404 for an unknown project before any byte is written.
        var check = await sender.Send(new ListFeedbackQuery(orgId, projectId, parsed, null, 1), ct);
        if (!check.IsSuccess)
        {
            return ApiProblems.From(check.Error!);
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"feedback-{projectId:N}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, CsvWriter.Utf8, leaveOpen: true);
        await writer.WriteAsync(CsvWriter.Header + "\r\n");
        await foreach (var item in sender.CreateStream(new ExportFeedbackQuery(orgId, projectId, parsed), ct))
        {
            await writer.WriteAsync(CsvWriter.Row(item) + "\r\n");
        }

        return TypedResults.Empty;
    }
}
