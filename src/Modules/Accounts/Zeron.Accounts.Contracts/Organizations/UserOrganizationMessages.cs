using Mediator;

namespace Zeron.Accounts.Contracts.Organizations;

/// <summary>Remembers the organization the user works in (only one they are a member of), for their next sign-in.</summary>
public sealed record RememberOrganizationCommand(Guid UserId, Guid OrganizationId) : ICommand;

/// <summary>The organization the user worked in last, or null when there is none or they are no longer a member of it.</summary>
public sealed record LastOrganizationQuery(Guid UserId) : IQuery<Guid?>;

/// <summary>
/// What creating an organization named <paramref name="Name"/> would give: the slug it would get (e.g. <c>acme-2</c>
/// when <c>acme</c> is taken), and whether the user already has an organization of that name.
/// </summary>
public sealed record PreviewOrganizationQuery(Guid UserId, string Name) : IQuery<OrganizationPreviewDto>;

/// <param name="Slug">The slug the name would get now (null when the name gives none: too few letters or digits).</param>
/// <param name="SlugTaken">The name's own slug is another organization's, so <paramref name="Slug"/> has a number.</param>
/// <param name="NameInUse">The user is already a member of an organization with this name (case-insensitive).</param>
public sealed record OrganizationPreviewDto(string? Slug, bool SlugTaken, bool NameInUse);
