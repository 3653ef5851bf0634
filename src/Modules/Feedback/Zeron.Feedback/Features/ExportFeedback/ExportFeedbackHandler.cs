using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.ExportFeedback;

/// <summary>Streams rows from one tenant transaction, so an export of any size holds one row in memory at a time.</summary>
internal sealed class ExportFeedbackHandler(FeedbackDbContext db) : IStreamQueryHandler<ExportFeedbackQuery, FeedbackItemDto>
{
    public async IAsyncEnumerable<FeedbackItemDto> Handle(ExportFeedbackQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTenantTransactionAsync(query.OrganizationId, cancellationToken);
        var rows = db.FeedbackItems.AsNoTracking().Filter(query.OrganizationId, query.ProjectId, query.Filter).NewestFirst().AsAsyncEnumerable();
        await foreach (var item in rows.WithCancellation(cancellationToken))
        {
            yield return item.ToDto();
        }
    }
}
