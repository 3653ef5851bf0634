using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.CreateAccountFromInvitation;

/// <summary>
/// A new user accepts their link: the account (with the password they chose, under Identity's rules), the membership
/// and the used-up invitation are saved in one transaction, so a failure leaves none of them. An email that has an
/// account by now signs in to accept instead.
/// </summary>
internal sealed class CreateAccountFromInvitationHandler(AccountsDbContext db, UserManager<ZeronUser> users, TimeProvider clock)
    : ICommandHandler<CreateAccountFromInvitationCommand, Result<ReceivedInvitationDto>>
{
    public async ValueTask<Result<ReceivedInvitationDto>> Handle(CreateAccountFromInvitationCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invitation = await InvitationViews.FindByTokenAsync(db, command.Token, cancellationToken);
        var now = clock.GetUtcNow();
        if (invitation is null || !invitation.IsOpenAt(now))
        {
            return InvitationViews.Closed;
        }

        var result = await CreateAsync(invitation, command.Password, now);
        if (!result.IsSuccess)
        {
            db.ChangeTracker.Clear(); // nothing of it was saved; the transaction rolls back
            return result.Error!;
        }

        await transaction.CommitAsync(cancellationToken);
        return await InvitationViews.ForInviteeAsync(db, invitation, now, cancellationToken);
    }

    private async Task<Result<ZeronUser>> CreateAsync(Invitation invitation, string password, DateTimeOffset now)
    {
        var user = new ZeronUser { Id = Guid.CreateVersion7(), UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, CreatedAt = now };
        var membership = invitation.Accept(user.Id, now)!;
        db.Memberships.Add(membership);
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, password); // saves the user, the membership and the invitation together
        }
        catch (DbUpdateConcurrencyException)
        {
            return InvitationViews.Closed;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return AccountExists;
        }

        if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
        {
            return AccountExists;
        }

        return created.Succeeded
            ? user
            : Error.Validation("invitation.invalid_password", string.Join(" ", created.Errors.Select(e => e.Description)));
    }

    private static Error AccountExists => Error.Conflict("invitation.account_exists", "An account with this email exists: sign in to accept the invitation.");
}
