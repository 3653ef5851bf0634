using System.Security.Cryptography;
using System.Text;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Domain;

/// <summary>
/// An invitation of an email into an organization with a role. Its link's token (256 random bits) is handed out once
/// and stored only as SHA-256. It is answered once — accepted, declined or revoked — and expires after
/// <see cref="Lifetime"/>; the status is the concurrency token, so two answers at once cannot both win.
/// </summary>
internal sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
    }

    public Guid Id { get; private init; }

    public Guid OrganizationId { get; private init; }

    public string Email { get; private init; } = "";

    /// <summary>As Identity normalizes it (<c>UserManager.NormalizeEmail</c>), to match the user it is for.</summary>
    public string NormalizedEmail { get; private init; } = "";

    public OrganizationRole Role { get; private init; }

    public byte[] TokenHash { get; private init; } = [];

    public Guid InvitedByUserId { get; private init; }

    public DateTimeOffset CreatedAt { get; private init; }

    public DateTimeOffset ExpiresAt { get; private init; }

    /// <summary>Pending, Accepted, Declined or Revoked (never Expired: see <see cref="StatusAt"/>).</summary>
    public InvitationStatus Status { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public Guid? AcceptedByUserId { get; private set; }

    /// <summary>A new pending invitation and its token, which is not kept.</summary>
    public static (Invitation Invitation, string Token) Issue(
        Guid organizationId, string email, string normalizedEmail, OrganizationRole role, Guid invitedByUserId, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Email = email,
            NormalizedEmail = normalizedEmail,
            Role = role,
            TokenHash = HashToken(token),
            InvitedByUserId = invitedByUserId,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            Status = InvitationStatus.Pending,
        };
        return (invitation, token);
    }

    public static byte[] HashToken(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether <paramref name="token"/> is this invitation's link token (compared in constant time).</summary>
    public bool IsOpenedBy(string token) => CryptographicOperations.FixedTimeEquals(TokenHash, HashToken(token));

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        Status == InvitationStatus.Pending && now >= ExpiresAt ? InvitationStatus.Expired : Status;

    public bool IsOpenAt(DateTimeOffset now) => StatusAt(now) == InvitationStatus.Pending;

    /// <summary>The membership the invited user gets, or null (nothing changes) when the invitation is no longer open.</summary>
    public Membership? Accept(Guid userId, DateTimeOffset now)
    {
        if (!IsOpenAt(now))
        {
            return null;
        }

        Status = InvitationStatus.Accepted;
        AnsweredAt = now;
        AcceptedByUserId = userId;
        return new Membership { OrganizationId = OrganizationId, UserId = userId, Role = Role, CreatedAt = now };
    }

    /// <summary>False (nothing changes) when the invitation is no longer open.</summary>
    public bool Decline(DateTimeOffset now) => Close(InvitationStatus.Declined, now);

    /// <summary>
    /// Stops the link (expired ones too, so a new invitation can replace them); false when it was accepted, which
    /// cannot be undone here (remove the member instead). Revoking a declined or revoked one changes nothing.
    /// </summary>
    public bool Revoke(DateTimeOffset now)
    {
        if (Status == InvitationStatus.Pending)
        {
            Status = InvitationStatus.Revoked;
            AnsweredAt = now;
        }

        return Status != InvitationStatus.Accepted;
    }

    private bool Close(InvitationStatus to, DateTimeOffset now)
    {
        if (!IsOpenAt(now))
        {
            return false;
        }

        Status = to;
        AnsweredAt = now;
        return true;
    }
}
