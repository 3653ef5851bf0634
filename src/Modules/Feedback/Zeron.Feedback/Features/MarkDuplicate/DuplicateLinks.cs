using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.MarkDuplicate;

/// <summary>
/// Sets or clears an item's duplicate link: the original must be another item of the same project, and chains collapse
/// onto the original's own original. Used by the merge command and by the item's PATCH, inside their transaction.
/// </summary>
internal static class DuplicateLinks
{
    /// <summary>The request field the errors are about (the API names it in its validation problem).</summary>
    public const string Field = "duplicateOfId";

    public static readonly Error OriginalNotFound = Error.Validation(
        "feedback.duplicate_target_not_found", "There is no feedback item with this id in the item's project.");

    public static readonly Error OwnDuplicate = Error.Validation(
        "feedback.duplicate_of_itself", "An item cannot be a duplicate of itself or of one of its own duplicates.");

    public static bool IsLinkError(Error error) => error == OriginalNotFound || error == OwnDuplicate;

    /// <summary>
    /// Merges in one organization take turns (a lock held until the transaction ends; merges are rare admin actions).
    /// Locking only the two rows is not enough: a merge also reads the target's original and re-points the item's own
    /// duplicates, so concurrent merges could still leave a chain (A into B while B's original S goes into Z) or deadlock.
    /// Take it before reading the item.
    /// </summary>
    public static Task LockAsync(FeedbackDbContext db, Guid organizationId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended('zeron.feedback.merge:' || {organizationId}::text, 0))", cancellationToken);

    /// <summary>Links <paramref name="item"/> to <paramref name="originalId"/> (null: unlinks it); an error changes nothing.</summary>
    public static async Task<Error?> SetAsync(FeedbackDbContext db, FeedbackItem item, Guid? originalId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (originalId is not { } targetId)
        {
            item.ClearDuplicate(now);
            return null;
        }

        // Checked before the lookup: an item that is a duplicate already would otherwise "link to itself" onto its original.
        if (targetId == item.Id)
        {
            return OwnDuplicate;
        }

        var target = await db.FeedbackItems.AsNoTracking().SingleOrDefaultAsync(
            f => f.Id == targetId && f.OrganizationId == item.OrganizationId && f.ProjectId == item.ProjectId, cancellationToken);
        if (target is null)
        {
            return OriginalNotFound;
        }

        if (!item.TryMarkDuplicateOf(target, now))
        {
            return OwnDuplicate;
        }

        // Items that were duplicates of this one now point at its original.
        var original = item.DuplicateOfId;
        await db.FeedbackItems.Where(f => f.DuplicateOfId == item.Id && f.OrganizationId == item.OrganizationId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.DuplicateOfId, original), cancellationToken);
        return null;
    }
}
