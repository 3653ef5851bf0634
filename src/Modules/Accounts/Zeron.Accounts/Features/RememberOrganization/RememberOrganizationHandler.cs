using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Data;

namespace Zeron.Accounts.Features.RememberOrganization;

/// <summary>One conditional UPDATE: only an organization the user is a member of, and no write when it is already the one.</summary>
internal sealed class RememberOrganizationHandler(AccountsDbContext db) : ICommandHandler<RememberOrganizationCommand>
{
    public async ValueTask<Unit> Handle(RememberOrganizationCommand command, CancellationToken cancellationToken)
    {
        await db.Users
            .Where(u => u.Id == command.UserId && u.LastOrganizationId != command.OrganizationId
                && db.Memberships.Any(m => m.UserId == command.UserId && m.OrganizationId == command.OrganizationId))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastOrganizationId, command.OrganizationId), cancellationToken);
        return Unit.Value;
    }
}
