using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features;

/// <summary>How invitations are shown and linked, for the invitation slices and AddMember.</summary>
internal static class InvitationViews
{
    /// <summary>The admin UI page that opens an invitation link (Zeron.Web's <c>Pages/Admin/Invitation.cshtml</c>).</summary>
    public const string PagePath = "/admin/invitations/";

    public static readonly InvitationDto Example = new(
        Guid.Parse("0193a5b0-7c3e-7a10-9f1d-3c2b1a000001"), "grace@example.com", OrganizationRole.Member, InvitationStatus.Pending,
        new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        "https://zeron.example.com/admin/invitations/q8Xv3kT0bWm1aZ6pY2sN9rL4cE7uH5jD0fG8iK1oM3w");

    public static readonly ReceivedInvitationDto ReceivedExample = new(
        Example.Id, Guid.Parse("0193a5b0-7c3e-7a10-9f1d-3c2b1a000002"), "Acme", OrganizationRole.Member, InvitationStatus.Pending, Example.ExpiresAt, Example.CreatedAt);

    public static Error NotFound => Error.NotFound("invitation.not_found", "Invitation not found.");

    public static Error Closed => Error.Conflict("invitation.closed", "This invitation was already answered, was revoked or has expired.");

    /// <summary>The answer to an API key on the invitee's routes: invitations are for people.</summary>
    public static IResult UsersOnly() => ApiProblems.Forbidden("API keys cannot do this; sign in as a user.");

    /// <summary>Scheme, host and path base of the request: where the admin who asked reaches this Zeron.</summary>
    public static string LinkOrigin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string AcceptUrl(string linkOrigin, string token) => linkOrigin.TrimEnd('/') + PagePath + token;

    public static InvitationDto ForAdmins(Invitation invitation, DateTimeOffset now, string? acceptUrl = null) =>
        new(invitation.Id, invitation.Email, invitation.Role, invitation.StatusAt(now), invitation.ExpiresAt, invitation.CreatedAt, acceptUrl);

    public static async Task<ReceivedInvitationDto> ForInviteeAsync(AccountsDbContext db, Invitation invitation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = await db.Organizations.Where(o => o.Id == invitation.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        return new ReceivedInvitationDto(
            invitation.Id, invitation.OrganizationId, name, invitation.Role, invitation.StatusAt(now), invitation.ExpiresAt, invitation.CreatedAt);
    }

    /// <summary>
    /// The invitee answers (accept or decline) one of their invitations: not theirs, or <paramref name="token"/> not its
    /// link's → 404 (the same answer: a wrong token tells nothing); <paramref name="answer"/> false (no
    /// longer open) or a concurrent answer → 409; else saved, as the invitee sees it.
    /// </summary>
    public static async Task<Result<ReceivedInvitationDto>> AnswerAsync(
        AccountsDbContext db, Guid userId, Guid invitationId, string token, DateTimeOffset now, Func<Invitation, bool> answer, CancellationToken cancellationToken)
    {
        var invitation = await FindForUserAsync(db, userId, invitationId, cancellationToken);
        if (invitation is null || !invitation.IsOpenedBy(token))
        {
            return NotFound;
        }

        if (!answer(invitation))
        {
            return Closed;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken); // one transaction: the invitation and what the answer added
        }
        catch (DbUpdateConcurrencyException)
        {
            return Closed; // answered by a concurrent request
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Error.Conflict("member.exists", "You are already a member of this organization.");
        }

        return await ForInviteeAsync(db, invitation, now, cancellationToken);
    }

    /// <summary>The invitee routes' answer: the command's result, or 403 for an API key (invitations are for people).</summary>
    public static async Task<IResult> AnswerForUserAsync(
        ClaimsPrincipal caller, ISender sender, Func<Guid, ICommand<Result<ReceivedInvitationDto>>> command, CancellationToken cancellationToken) =>
        caller.UserId() is { } userId
            ? (await sender.Send(command(userId), cancellationToken)).ToHttpResult(TypedResults.Ok)
            : UsersOnly();

    /// <summary>The invitation, tracked, if it is for this user's email; null for anyone else's (they must not learn it exists).</summary>
    public static async Task<Invitation?> FindForUserAsync(AccountsDbContext db, Guid userId, Guid invitationId, CancellationToken cancellationToken)
    {
        var email = await NormalizedEmailOfAsync(db, userId, cancellationToken);
        return email is null ? null : await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.NormalizedEmail == email, cancellationToken);
    }

    /// <summary>The invitation a link's token opens, tracked, or null.</summary>
    public static Task<Invitation?> FindByTokenAsync(AccountsDbContext db, string token, CancellationToken cancellationToken)
    {
        var hash = Invitation.HashToken(token);
        return db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }

    /// <summary>The user's normalized email, or null for an unknown user.</summary>
    public static Task<string?> NormalizedEmailOfAsync(AccountsDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(cancellationToken);
}
