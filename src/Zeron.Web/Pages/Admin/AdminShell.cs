using Zeron.Accounts.Contracts.Organizations;

namespace Zeron.Web.Pages.Admin;

/// <summary>What the admin layout shows: the user, their organizations and the one they are working in.</summary>
public sealed record AdminShell(string Email, bool IsSystemAdmin, IReadOnlyList<OrganizationDto> Organizations, OrganizationDto? Current);
