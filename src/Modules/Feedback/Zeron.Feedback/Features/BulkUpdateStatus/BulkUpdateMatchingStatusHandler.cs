using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.BulkUpdateStatus;

/// <summary>
/// Sets the status on every item the filter matches, found by the server (not the ids of one page), in one transaction.
/// Beyond <see cref="MaxItems"/> items still to change it refuses, changing nothing: narrow the filter and repeat.
/// </summary>
internal sealed class BulkUpdateMatchingStatusHandler(FeedbackDbContext db, TimeProvider clock)
    : ICommandHandler<BulkUpdateMatchingStatusCommand, Result<int>>
{
    public const int MaxItems = 5000;

    public static readonly Error TooMany = Error.Validation(
        "feedback.bulk_too_many", $"More than {MaxItems} items would change at once: narrow the filters and apply again.");

    public ValueTask<Result<int>> Handle(BulkUpdateMatchingStatusCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<int>(command.OrganizationId, async () =>
        {
            if (!await db.HasProjectAsync(command.OrganizationId, command.ProjectId, cancellationToken))
            {
                return ProjectErrors.NotFound;
            }

            var items = await db.FeedbackItems.Filter(command.OrganizationId, command.ProjectId, command.Filter)
                .Where(f => f.Status != command.Status)
                .Take(MaxItems + 1)
                .ToListAsync(cancellationToken);
            if (items.Count > MaxItems)
            {
                return TooMany;
            }

            return BulkStatusChange.Apply(db, items, command.Status, clock.GetUtcNow());
        }, cancellationToken);
}
