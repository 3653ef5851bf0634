using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.ExportFeedback;

/// <summary>Streams rows from one tenant transaction, so an export of any size holds one row in memory at a time.</summary>
internal sealed class ExportFeedbackHandler(FeedbackDbContext db) : IStreamQueryHandler<ExportFeedbackCsvQuery, string>
{
    public IAsyncEnumerable<string> Handle(ExportFeedbackCsvQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransaction(query.OrganizationId, () => Lines(query, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<string> Lines(ExportFeedbackCsvQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return CsvWriter.Header;
        var rows = db.FeedbackItems.AsNoTracking().Filter(query.OrganizationId, query.ProjectId, query.Filter).NewestFirst().AsAsyncEnumerable();
        await foreach (var item in rows.WithCancellation(cancellationToken))
        {
            yield return CsvWriter.Row(item.ToDto());
        }
    }
}
