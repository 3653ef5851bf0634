using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.SubmitFeedback;

/// <summary>
/// Stores a widget submission, its first conversation message and <c>FeedbackReceived</c> in one transaction, inside
/// the organization the key belongs to (so a key can only ever write into its own tenant). A client id seen before in
/// the project returns the first result again; two racing first submissions are settled by the unique index.
/// </summary>
internal sealed class SubmitFeedbackHandler(FeedbackDbContext db, ConversationTokens tokens, TimeProvider clock)
    : ICommandHandler<SubmitFeedbackCommand, Result<SubmitFeedbackResult>>
{
    private const string ClientIdIndex = "ix_feedback_items_project_id_client_id";

    public async ValueTask<Result<SubmitFeedbackResult>> Handle(SubmitFeedbackCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var project = await db.FindProjectByKeyAsync(command.ProjectKey, cancellationToken);
        if (project is null)
        {
            return WidgetErrors.UnknownKey;
        }

        if (!WidgetLookups.Admits(project.AllowedOrigins, command.Origin))
        {
            return WidgetErrors.OriginNotAllowed;
        }

        if (!string.IsNullOrEmpty(command.Website))
        {
            // Honeypot filled in: a bot. It gets what a person would get, and nothing is stored.
            return new SubmitFeedbackResult(new SubmittedFeedbackDto(Guid.NewGuid(), Guid.NewGuid(), tokens.For(Guid.NewGuid())), IsReplay: false);
        }

        if (await FindAsync(project.Id, command.ClientId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var item = NewFeedback.Item(command, project, NewFeedback.Category(command.Category, project.Categories), clock.GetUtcNow());
        db.FeedbackItems.Add(item);
        db.ConversationMessages.Add(NewFeedback.FirstMessage(item));
        db.AddIntegrationEvent(NewFeedback.Received(item));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ClientIdIndex })
        {
            // A concurrent request with the same client id won. EF rolled back to its savepoint, so this transaction
            // (and its SET LOCAL settings) is still usable: return the winner's result.
            db.ChangeTracker.Clear();
            return await FindAsync(project.Id, command.ClientId, cancellationToken) ?? throw new InvalidOperationException("The winning submission vanished.", ex);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SubmitFeedbackResult(new SubmittedFeedbackDto(item.Id, item.ConversationId, tokens.For(item.ConversationId)), IsReplay: false);
    }

    private async Task<SubmitFeedbackResult?> FindAsync(Guid projectId, string clientId, CancellationToken cancellationToken)
    {
        var earlier = await db.FeedbackItems.AsNoTracking()
            .Where(f => f.ProjectId == projectId && f.ClientId == clientId)
            .Select(f => new { f.Id, f.ConversationId })
            .SingleOrDefaultAsync(cancellationToken);
        return earlier is null ? null
            : new SubmitFeedbackResult(new SubmittedFeedbackDto(earlier.Id, earlier.ConversationId, tokens.For(earlier.ConversationId)), IsReplay: true);
    }
}
