using System.Text.Json.Serialization;
using Mediator;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Contracts.Invitations;

/// <summary>Where an invitation stands. <see cref="Expired"/> is never stored: a pending one past its expiry reads as it.</summary>
public enum InvitationStatus
{
    [JsonStringEnumMemberName("pending")]
    Pending,

    [JsonStringEnumMemberName("accepted")]
    Accepted,

    [JsonStringEnumMemberName("declined")]
    Declined,

    [JsonStringEnumMemberName("revoked")]
    Revoked,

    [JsonStringEnumMemberName("expired")]
    Expired,
}

/// <summary>
/// An invitation as its organization's admins see it. <see cref="AcceptUrl"/> (with the single-use token) is set only
/// in the answer that issued it: only a hash of the token is stored.
/// </summary>
public sealed record InvitationDto(
    Guid Id, string Email, OrganizationRole Role, InvitationStatus Status, DateTimeOffset ExpiresAt, DateTimeOffset CreatedAt, string? AcceptUrl);

/// <summary>An invitation as the invited user sees it: which organization, with which role.</summary>
public sealed record ReceivedInvitationDto(
    Guid Id, Guid OrganizationId, string OrganizationName, OrganizationRole Role, InvitationStatus Status, DateTimeOffset ExpiresAt, DateTimeOffset CreatedAt);

/// <summary>
/// What the invitation link's page needs: whether the email has an account yet (sign in and accept) or not (choose a
/// password), and whether the signed-in caller is the invited user.
/// </summary>
public sealed record InvitationLinkDto(
    Guid Id, string OrganizationName, string Email, OrganizationRole Role, InvitationStatus Status, DateTimeOffset ExpiresAt, bool AccountExists, bool IsForCaller);

/// <summary>The organization's invitations not answered yet (pending or expired), newest first.</summary>
public sealed record ListInvitationsQuery(Guid OrganizationId) : IQuery<IReadOnlyList<InvitationDto>>;

/// <summary>Revokes an invitation not accepted yet: its link stops working. Revoking again is a no-op.</summary>
public sealed record RevokeInvitationCommand(Guid OrganizationId, Guid InvitationId) : ICommand<Result<InvitationDto>>;

/// <summary>The user's own pending invitations, from any organization.</summary>
public sealed record ListReceivedInvitationsQuery(Guid UserId) : IQuery<IReadOnlyList<ReceivedInvitationDto>>;

/// <summary>
/// The invited user accepts with the token of the invitation's link: they become a member with the invited role.
/// Someone else's invitation, or a token that is not this invitation's, is not found (the email alone is not enough:
/// whoever controls an account with that email must also hold the link).
/// </summary>
public sealed record AcceptInvitationCommand(Guid UserId, Guid InvitationId, string Token) : ICommand<Result<ReceivedInvitationDto>>;

/// <summary>
/// The invited user declines with the token of the invitation's link; the link stops working. The token is needed for
/// the same reason as to accept: an account that merely has the email must not be able to answer for its owner.
/// </summary>
public sealed record DeclineInvitationCommand(Guid UserId, Guid InvitationId, string Token) : ICommand<Result<ReceivedInvitationDto>>;

/// <summary>The invitation a link's token opens (any status), or null for a token that opens none.</summary>
public sealed record FindInvitationByTokenQuery(string Token, Guid? CallerUserId) : IQuery<InvitationLinkDto?>;

/// <summary>
/// For an email without an account: creates the user with this password (Identity's rules) and the membership,
/// and uses up the invitation, in one transaction.
/// </summary>
public sealed record CreateAccountFromInvitationCommand(string Token, string Password) : ICommand<Result<ReceivedInvitationDto>>;
