using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.GetProject;

internal sealed class GetProjectHandler(FeedbackDbContext db) : IQueryHandler<GetProjectQuery, Result<ProjectDto>>
{
    public ValueTask<Result<ProjectDto>> Handle(GetProjectQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<ProjectDto>(query.OrganizationId, async () =>
        {
            var project = await db.Projects.AsNoTracking()
                .SingleOrDefaultAsync(p => p.Id == query.ProjectId && p.OrganizationId == query.OrganizationId, cancellationToken);
            return project is null ? ProjectErrors.NotFound : project.ToDto();
        }, cancellationToken);
}
