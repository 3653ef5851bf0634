using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.ListProjects;

internal sealed class ListProjectsHandler(FeedbackDbContext db) : IQueryHandler<ListProjectsQuery, IReadOnlyList<ProjectDto>>
{
    public async ValueTask<IReadOnlyList<ProjectDto>> Handle(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTenantTransactionAsync(query.OrganizationId, cancellationToken);
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.OrganizationId == query.OrganizationId)
            .OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);
        return projects.Select(p => p.ToDto()).ToList();
    }
}
