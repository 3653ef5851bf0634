using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;

namespace Zeron.Feedback.Features.SearchFeedback;

internal static class ItemsById
{
    /// <summary>The organization's items among <paramref name="ids"/>, as DTOs by id (one query; the caller keeps its own order).</summary>
    public static async Task<Dictionary<Guid, FeedbackItemDto>> ItemDtosAsync(
        this FeedbackDbContext db, Guid organizationId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : (await db.FeedbackItems.AsNoTracking().Where(f => f.OrganizationId == organizationId && ids.Contains(f.Id)).ToListAsync(cancellationToken))
                .ToDictionary(f => f.Id, f => f.ToDto());
}
