using Zeron.Accounts.Authentication;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Members;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.AddMember;

/// <summary>
/// Adds a member with a role. A new email creates the user: with the given password, or with a generated one that
/// is returned once. Only an Owner may grant Owner.
/// </summary>
internal sealed class AddMemberHandler(AccountsDbContext db, UserManager<ZeronUser> users, TimeProvider clock)
    : ICommandHandler<AddMemberCommand, Result<AddedMemberDto>>
{
    public async ValueTask<Result<AddedMemberDto>> Handle(AddMemberCommand command, CancellationToken cancellationToken)
    {
        if (command.Role == OrganizationRole.Owner && command.ActingRole != OrganizationRole.Owner)
        {
            return Error.Forbidden("member.owner_only", "Only an Owner can add another Owner.");
        }

        // The new user and the membership are saved together: a concurrent request for the same email waits on the
        // user's unique index until this commits, then finds the member (409). So the one that created the user is
        // the one that answers 201 with its generated password. (EF rolls a failed save back to its own savepoint.)
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var email = command.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        string? temporaryPassword = null;
        var created = false;
        if (user is null)
        {
            var password = command.Password ?? GeneratePassword();
            var (newUser, error) = await CreateUserAsync(email, password);
            if (error is not null)
            {
                return error;
            }

            // null: a concurrent request created this user a moment ago; go on as with an existing user.
            user = newUser ?? await users.FindByEmailAsync(email);
            created = newUser is not null;
            temporaryPassword = created && command.Password is null ? password : null;
        }

        if (user is null || await db.Memberships.AnyAsync(m => m.OrganizationId == command.OrganizationId && m.UserId == user.Id, cancellationToken))
        {
            return MemberExists;
        }

        var now = clock.GetUtcNow();
        db.Memberships.Add(new Membership { OrganizationId = command.OrganizationId, UserId = user.Id, Role = command.Role, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return MemberExists; // added by a concurrent request after the check above
        }

        await transaction.CommitAsync(cancellationToken);
        return new AddedMemberDto(user.Id, user.Email!, command.Role, now, created, temporaryPassword);
    }

    private static Error MemberExists => Error.Conflict("member.exists", "That user is already a member of this organization.");

    /// <summary>The new user, or (null, null) if one with this email appeared meanwhile (Identity's check or the unique index).</summary>
    private async Task<(ZeronUser? User, Error? Error)> CreateUserAsync(string email, string password)
    {
        var user = new ZeronUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user, password);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return (null, null);
        }

        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
        {
            return (null, null);
        }

        return result.Succeeded
            ? (user, null)
            : (null, Error.Validation("member.invalid_user", string.Join(" ", result.Errors.Select(e => e.Description))));
    }

    private static string GeneratePassword() =>
        GeneratedPasswords.New();
}
