using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Accounts.Features.CreateOrganization;

/// <summary>Saves the organization, the creator's Owner membership and <see cref="OrganizationCreated"/> in one transaction.</summary>
internal sealed class CreateOrganizationHandler(AccountsDbContext db, TimeProvider clock)
    : ICommandHandler<CreateOrganizationCommand, Result<OrganizationDto>>
{
    public async ValueTask<Result<OrganizationDto>> Handle(CreateOrganizationCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        var slug = command.Slug ?? await Slugs.FreeAsync(db, Slugs.FromName(name), cancellationToken);
        if (await db.Organizations.AnyAsync(o => o.Slug == slug, cancellationToken))
        {
            return Error.Conflict("organization.slug_taken", $"The slug '{slug}' is already taken.");
        }

        var now = clock.GetUtcNow();
        var organization = new Organization { Id = Guid.CreateVersion7(), Name = name, Slug = slug, CreatedAt = now };
        db.Organizations.Add(organization);
        db.Memberships.Add(new Membership { OrganizationId = organization.Id, UserId = command.UserId, Role = OrganizationRole.Owner, CreatedAt = now });
        db.AddIntegrationEvent(new OrganizationCreated(Guid.CreateVersion7(), now, organization.Id, name, slug));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Error.Conflict("organization.slug_taken", $"The slug '{slug}' is already taken.");
        }

        return new OrganizationDto(organization.Id, name, slug, OrganizationRole.Owner, now);
    }
}
