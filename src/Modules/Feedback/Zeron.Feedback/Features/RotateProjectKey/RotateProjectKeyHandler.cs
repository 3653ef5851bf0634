using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.RotateProjectKey;

internal sealed class RotateProjectKeyHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<RotateProjectKeyCommand, Result<ProjectDto>>
{
    public ValueTask<Result<ProjectDto>> Handle(RotateProjectKeyCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<ProjectDto>(command.OrganizationId, async () =>
        {
            var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == command.ProjectId && p.OrganizationId == command.OrganizationId, cancellationToken);
            if (project is null)
            {
                return ProjectErrors.NotFound;
            }

            project.PublicKey = ProjectKeys.New();
            project.UpdatedAt = clock.GetUtcNow();
            return project.ToDto();
        }, cancellationToken);
}
