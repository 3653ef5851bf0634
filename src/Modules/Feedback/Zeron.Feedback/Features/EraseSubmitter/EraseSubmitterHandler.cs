using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.EraseSubmitter;

/// <summary>GDPR erasure in one organization: the submitter's items go, and their conversations with them (cascade).</summary>
internal sealed class EraseSubmitterHandler(FeedbackDbContext db) : ICommandHandler<EraseSubmitterCommand, int>
{
    public ValueTask<int> Handle(EraseSubmitterCommand command, CancellationToken cancellationToken)
    {
        // Case-insensitive equality via ILIKE, with its wildcards escaped so "a_b@x.io" never matches "axb@x.io".
        var pattern = command.Email.Trim().Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        return db.InTenantTransactionAsync(command.OrganizationId, () => db.FeedbackItems
            .Where(f => f.OrganizationId == command.OrganizationId && f.SubmitterEmail != null && EF.Functions.ILike(f.SubmitterEmail, pattern))
            .ExecuteDeleteAsync(cancellationToken), cancellationToken);
    }
}
