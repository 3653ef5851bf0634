using Mediator;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.CreateProject;

internal sealed class CreateProjectHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<CreateProjectCommand, ProjectDto>
{
    public ValueTask<ProjectDto> Handle(CreateProjectCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var project = new Project
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = command.OrganizationId,
            Name = command.Name.Trim(),
            PublicKey = ProjectKeys.New(),
            AllowedOrigins = ProjectMapping.NormalizedOrigins(command.AllowedOrigins ?? []),
            Categories = Categories.Normalize(command.Categories ?? Categories.Defaults),
            CreatedAt = now,
            UpdatedAt = now,
        };
        project.Widget.Apply(command.Widget);
        return db.InTenantTransactionAsync(command.OrganizationId, () =>
        {
            db.Projects.Add(project);
            return Task.FromResult(project.ToDto());
        }, cancellationToken);
    }
}
