using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Contracts.Organizations;

/// <summary>Creates an organization; the creating user becomes its Owner. Slug defaults from the name.</summary>
public sealed record CreateOrganizationCommand(Guid UserId, string Name, string? Slug) : ICommand<Result<OrganizationDto>>;
