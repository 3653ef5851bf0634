using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Contracts.ApiKeys;

public sealed record CreateApiKeyCommand(Guid OrganizationId, Guid CreatedByUserId, string Name) : ICommand<CreatedApiKeyDto>;

public sealed record ListApiKeysQuery(Guid OrganizationId) : IQuery<IReadOnlyList<ApiKeyDto>>;

/// <summary>Revokes a key of the organization; revoking twice is fine, another organization's key is not found.</summary>
public sealed record RevokeApiKeyCommand(Guid OrganizationId, Guid ApiKeyId) : ICommand<Result<ApiKeyDto>>;
