using Mediator;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Contracts.Members;

public sealed record MemberDto(Guid UserId, string Email, OrganizationRole Role, DateTimeOffset JoinedAt);

/// <summary>A member added; <see cref="TemporaryPassword"/> is set (once) only when a new user was created without a password.</summary>
public sealed record AddedMemberDto(Guid UserId, string Email, OrganizationRole Role, DateTimeOffset JoinedAt, bool UserCreated, string? TemporaryPassword);

public sealed record ListMembersQuery(Guid OrganizationId) : IQuery<IReadOnlyList<MemberDto>>;

/// <summary>Adds a user (created when the email is new) to the organization with a role.</summary>
public sealed record AddMemberCommand(Guid OrganizationId, OrganizationRole ActingRole, string Email, OrganizationRole Role, string? Password)
    : ICommand<Result<AddedMemberDto>>;
