using Mediator;

namespace Zeron.Accounts.Contracts.Organizations;

/// <summary>The organizations a user belongs to, or the single organization of an API key.</summary>
public sealed record ListOrganizationsQuery(Guid? UserId, Guid? ApiKeyOrganizationId) : IQuery<IReadOnlyList<OrganizationDto>>;
