using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;

namespace Zeron.Accounts.Features.FindInvitationByToken;

/// <summary>Opens an invitation link for its page. The token is the capability; only its hash is looked up.</summary>
internal sealed class FindInvitationByTokenHandler(AccountsDbContext db, TimeProvider clock) : IQueryHandler<FindInvitationByTokenQuery, InvitationLinkDto?>
{
    public async ValueTask<InvitationLinkDto?> Handle(FindInvitationByTokenQuery query, CancellationToken cancellationToken)
    {
        var invitation = await InvitationViews.FindByTokenAsync(db, query.Token, cancellationToken);
        if (invitation is null)
        {
            return null;
        }

        var organization = await db.Organizations.Where(o => o.Id == invitation.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var accountExists = await db.Users.AnyAsync(u => u.NormalizedEmail == invitation.NormalizedEmail, cancellationToken);
        var callerEmail = query.CallerUserId is { } userId ? await InvitationViews.NormalizedEmailOfAsync(db, userId, cancellationToken) : null;
        return new InvitationLinkDto(
            invitation.Id, organization, invitation.Email, invitation.Role, invitation.StatusAt(clock.GetUtcNow()), invitation.ExpiresAt,
            accountExists, callerEmail == invitation.NormalizedEmail);
    }
}
