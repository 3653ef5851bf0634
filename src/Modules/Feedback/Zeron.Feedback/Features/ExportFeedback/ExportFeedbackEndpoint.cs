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
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.Csv);

    private static async Task<IResult> HandleAsync(
        Guid orgId, Guid projectId, [Microsoft.AspNetCore.Http.AsParameters] FeedbackFilterParameters filter, ISender sender, HttpContext http, CancellationToken ct)
    {
        var (parsed, problem) = filter.ToFilter();
        if (parsed is null)
        {
            return problem!;
        }

        // The list query validates the filter and answers 404 for an unknown project before any byte is written.
        var check = await sender.Send(new ListFeedbackQuery(orgId, projectId, parsed, null, 1), ct);
        if (!check.IsSuccess)
        {
            return ApiProblems.From(check.Error!);
        }

        var export = new ExportFeedbackCsvQuery(orgId, projectId, parsed);
        await CsvDownload.WriteAsync(http.Response, export.FileName, sender.CreateStream(export, ct), ct);
        return TypedResults.Empty;
    }
}
