using Zeron.Accounts.Authentication;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Members;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
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

        var email = command.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        string? temporaryPassword = null;
        var created = user is null;
        if (user is null)
        {
            temporaryPassword = command.Password is null ? GeneratePassword() : null;
            (user, var error) = await CreateUserAsync(email, command.Password ?? temporaryPassword!);
            if (error is not null)
            {
                return error;
            }
        }
        else if (await db.Memberships.AnyAsync(m => m.OrganizationId == command.OrganizationId && m.UserId == user.Id, cancellationToken))
        {
            return Error.Conflict("member.exists", "That user is already a member of this organization.");
        }

        var now = clock.GetUtcNow();
        db.Memberships.Add(new Membership { OrganizationId = command.OrganizationId, UserId = user!.Id, Role = command.Role, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return new AddedMemberDto(user.Id, user.Email!, command.Role, now, created, temporaryPassword);
    }

    private async Task<(ZeronUser? User, Error? Error)> CreateUserAsync(string email, string password)
    {
        var user = new ZeronUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded
            ? (user, null)
            : (null, Error.Validation("member.invalid_user", string.Join(" ", result.Errors.Select(e => e.Description))));
    }

    private static string GeneratePassword() =>
        GeneratedPasswords.New();
}
