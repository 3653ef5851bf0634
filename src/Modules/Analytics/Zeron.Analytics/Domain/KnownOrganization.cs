namespace Zeron.Analytics.Domain;

/// <summary>Analytics' copy of an organization, built from <c>OrganizationCreated</c> (no cross-schema reads).</summary>
internal sealed class KnownOrganization
{
    public Guid OrganizationId { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The event that produced this row: redelivery of the same event changes nothing.</summary>
    public Guid SourceEventId { get; init; }
}
