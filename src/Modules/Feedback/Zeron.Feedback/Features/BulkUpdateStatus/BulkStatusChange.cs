using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Outbox;

namespace Zeron.Feedback.Features.BulkUpdateStatus;

/// <summary>
/// Moves loaded items to one status. Loaded rather than updated in place: every change is published (webhook
/// feedback.status_changed) with its old status.
/// </summary>
internal static class BulkStatusChange
{
    public static int Apply(FeedbackDbContext db, IEnumerable<FeedbackItem> items, FeedbackStatus status, DateTimeOffset now)
    {
        var changed = 0;
        foreach (var item in items)
        {
            if (item.ChangeStatus(status, now) is { } change)
            {
                db.AddIntegrationEvent(change);
                changed++;
            }
        }

        return changed;
    }
}
