using Mediator;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Contracts.Members;

public sealed record MemberDto(Guid UserId, string Email, OrganizationRole Role, DateTimeOffset JoinedAt);

public sealed record ListMembersQuery(Guid OrganizationId) : IQuery<IReadOnlyList<MemberDto>>;

/// <summary>
/// Invites an email to the organization with a role; the same work and the same answer whether or not the email has
/// an account. The answer's accept URL is <paramref name="LinkOrigin"/> + the invitation page with its token.
/// </summary>
public sealed record AddMemberCommand(Guid OrganizationId, Guid InvitedByUserId, OrganizationRole ActingRole, string Email, OrganizationRole Role, string LinkOrigin)
    : ICommand<Result<InvitationDto>>;

/// <summary>
/// An Owner (<paramref name="ActingUserId"/>, checked again under the organization's lock) changes a member's role.
/// The last Owner cannot be demoted (a conflict); the role is read on every request, so the change applies to the
/// member's next request, in every session.
/// </summary>
public sealed record ChangeMemberRoleCommand(Guid OrganizationId, Guid ActingUserId, Guid UserId, OrganizationRole Role) : ICommand<Result<MemberDto>>;

/// <summary>
/// Removes a member and renews their security stamp (their sessions and tokens end). The acting user's role is read
/// under the organization's lock (an Admin removes Admins and Members, only an Owner an Owner). The last Owner stays.
/// </summary>
public sealed record RemoveMemberCommand(Guid OrganizationId, Guid ActingUserId, Guid UserId) : ICommand<Result<MemberDto>>;
