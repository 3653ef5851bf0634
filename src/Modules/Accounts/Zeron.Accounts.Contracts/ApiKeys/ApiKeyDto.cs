using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Contracts.ApiKeys;

/// <summary>An API key as listed: never its secret, only the prefix that identifies it, and the role it acts with (Admin).</summary>
public sealed record ApiKeyDto(
    Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, OrganizationRole Role);

/// <summary>A just-created key: <see cref="Key"/> is shown this once and stored only as a hash.</summary>
public sealed record CreatedApiKeyDto(Guid Id, string Name, string Prefix, string Key, DateTimeOffset CreatedAt);
