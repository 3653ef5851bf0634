using Mediator;

namespace Zeron.Analytics.Contracts;

/// <summary>Counts for the dashboard, read from Analytics' own read model (filled from other modules' events).</summary>
public sealed record PlatformSummaryDto(int Organizations, DateTimeOffset? LastOrganizationCreatedAt);

public sealed record GetPlatformSummaryQuery : IQuery<PlatformSummaryDto>;
