namespace Zeron.Accounts.Contracts.ApiKeys;

/// <summary>An API key as listed: never its secret, only the prefix that identifies it.</summary>
public sealed record ApiKeyDto(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>A just-created key: <see cref="Key"/> is shown this once and stored only as a hash.</summary>
public sealed record CreatedApiKeyDto(Guid Id, string Name, string Prefix, string Key, DateTimeOffset CreatedAt);
