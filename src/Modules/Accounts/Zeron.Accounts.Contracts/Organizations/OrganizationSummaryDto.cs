namespace Zeron.Accounts.Contracts.Organizations;

/// <summary>An organization without anyone's role in it.</summary>
public sealed record OrganizationSummaryDto(Guid Id, string Name, string Slug);
