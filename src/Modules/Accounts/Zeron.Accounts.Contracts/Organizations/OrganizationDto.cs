using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Contracts.Organizations;

public sealed record OrganizationDto(Guid Id, string Name, string Slug, OrganizationRole Role, DateTimeOffset CreatedAt);
