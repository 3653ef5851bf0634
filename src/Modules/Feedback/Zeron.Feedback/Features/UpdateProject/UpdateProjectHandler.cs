using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.UpdateProject;

internal sealed class UpdateProjectHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<UpdateProjectCommand, Result<ProjectDto>>
{
    public ValueTask<Result<ProjectDto>> Handle(UpdateProjectCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<ProjectDto>(command.OrganizationId, async () =>
        {
            var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == command.ProjectId && p.OrganizationId == command.OrganizationId, cancellationToken);
            if (project is null)
            {
                return ProjectErrors.NotFound;
            }

            project.Name = command.Name?.Trim() ?? project.Name;
            project.AllowedOrigins = command.AllowedOrigins is null ? project.AllowedOrigins : ProjectMapping.NormalizedOrigins(command.AllowedOrigins);
            project.Categories = command.Categories is null ? project.Categories : Categories.Normalize(command.Categories);
            project.Widget.Apply(command.Widget);
            project.UpdatedAt = clock.GetUtcNow();
            return project.ToDto();
        }, cancellationToken);
}
