using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.DeleteProject;

/// <summary>Deletes the project with its feedback (cascade); its key stops working at once.</summary>
internal sealed class DeleteProjectHandler(FeedbackDbContext db) : ICommandHandler<DeleteProjectCommand, Result<bool>>
{
    public ValueTask<Result<bool>> Handle(DeleteProjectCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<bool>(command.OrganizationId, async () =>
        {
            var deleted = await db.Projects
                .Where(p => p.Id == command.ProjectId && p.OrganizationId == command.OrganizationId)
                .ExecuteDeleteAsync(cancellationToken);
            return deleted == 0 ? ProjectErrors.NotFound : true;
        }, cancellationToken);
}
