using Microsoft.AspNetCore.Http;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Features.ExportFeedback;

namespace Zeron.Feedback;

/// <summary>Writes a feedback export as a CSV download; used by the API and the admin inbox alike.</summary>
internal static class FeedbackCsv
{
    public static async Task WriteAsync(HttpResponse response, Guid projectId, IAsyncEnumerable<FeedbackItemDto> rows, CancellationToken cancellationToken)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"feedback-{projectId:N}.csv\"";
        await using var writer = new StreamWriter(response.Body, CsvWriter.Utf8, leaveOpen: true);
        await writer.WriteAsync(CsvWriter.Header + "\r\n");
        await foreach (var item in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(CsvWriter.Row(item) + "\r\n");
        }
    }
}
