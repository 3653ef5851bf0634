using Zeron.SharedKernel.Outbox;

namespace Zeron.Accounts.Contracts.Organizations;

/// <summary>Published (through the Accounts outbox) when an organization is created.</summary>
[IntegrationEvent("accounts.organization_created")]
public sealed record OrganizationCreated(Guid EventId, DateTimeOffset OccurredAt, Guid OrganizationId, string Name, string Slug)
    : IIntegrationEvent;
