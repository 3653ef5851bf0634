using Mediator;

namespace Zeron.Accounts.Contracts.Organizations;

/// <summary>
/// The organization with this slug, or null. Not tied to a caller: it tells only the public facts (id, name, slug),
/// e.g. for the public <c>/demo</c> page, which finds the Demo organization by its slug.
/// </summary>
public sealed record FindOrganizationBySlugQuery(string Slug) : IQuery<OrganizationSummaryDto?>;
