using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Domain;

/// <summary>An organization's API key. Only a SHA-256 hash of the secret is stored; <see cref="Prefix"/> finds the row.</summary>
internal sealed class ApiKey
{
    /// <summary>The role every key acts with in its own organization (and in no other).</summary>
    public const OrganizationRole Role = OrganizationRole.Admin;

    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public required string Name { get; set; }

    public required string Prefix { get; init; }

    public required byte[] SecretHash { get; init; }

    public Guid CreatedByUserId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
