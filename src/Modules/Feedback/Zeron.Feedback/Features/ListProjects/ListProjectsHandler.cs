using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.ListProjects;

internal sealed class ListProjectsHandler(FeedbackDbContext db) : IQueryHandler<ListProjectsQuery, IReadOnlyList<ProjectDto>>
{
    public ValueTask<IReadOnlyList<ProjectDto>> Handle(ListProjectsQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync(query.OrganizationId, async () =>
        {
            var projects = await db.Projects.AsNoTracking()
                .Where(p => p.OrganizationId == query.OrganizationId)
                .OrderBy(p => p.Name)
                .ToListAsync(cancellationToken);
            return (IReadOnlyList<ProjectDto>)projects.Select(p => p.ToDto()).ToList();
        }, cancellationToken);
}
