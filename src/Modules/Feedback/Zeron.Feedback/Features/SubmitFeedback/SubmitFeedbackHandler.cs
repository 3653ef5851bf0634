using Mediator;
using Npgsql;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Domain;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.SubmitFeedback;

/// <summary>
/// Stores a widget submission, its first conversation message and <c>FeedbackReceived</c> in one transaction, inside
/// the organization the key belongs to (so a key can only ever write into its own tenant). A client id seen before in
/// the project returns the first result again; two racing first submissions are settled by the unique index.
/// </summary>
/// <remarks>
/// The busiest public endpoint: plain SQL, usually one round trip through <see cref="KnownProjects"/>, else two
/// (read, decide, write); why and how in docs/adr/0006-widget-submit-in-plain-sql.md.
/// </remarks>
internal sealed class SubmitFeedbackHandler(NpgsqlDataSource dataSource, KnownProjects knownProjects, ConversationTokens tokens, TimeProvider clock)
    : ICommandHandler<SubmitFeedbackCommand, Result<SubmitFeedbackResult>>
{
    public async ValueTask<Result<SubmitFeedbackResult>> Handle(SubmitFeedbackCommand command, CancellationToken cancellationToken)
    {
        // The shape check keeps junk (NUL bytes, megabytes) away from PostgreSQL and answers it like an unknown key.
        if (!ProjectKeys.LooksValid(command.ProjectKey))
        {
            return WidgetErrors.UnknownKey;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (knownProjects.Find(command.ProjectKey) is { } known && AdmittedCategory(command, known) is { } category)
        {
            var rows = NewFeedback.Rows(command, known, category, clock.GetUtcNow());
            if (await SubmissionInsert.TryInsertAsync(connection, command.ProjectKey, known.Version, rows, cancellationToken))
            {
                return Answer(new StoredSubmission(rows.Item.Id, rows.Item.ConversationId), isReplay: false);
            }
        }

        return await SubmitCarefullyAsync(connection, command, cancellationToken);
    }

    /// <summary>What a remembered project lets through at once; a 403, a 400 or the honeypot is decided on fresh data.</summary>
    private static string? AdmittedCategory(SubmitFeedbackCommand command, ProjectSnapshot project) =>
        string.IsNullOrEmpty(command.Website) && WidgetLookups.Admits(project.AllowedOrigins, command.Origin)
            ? NewFeedback.TryCategory(command.Category, project.Categories)
            : null;

    private async Task<Result<SubmitFeedbackResult>> SubmitCarefullyAsync(NpgsqlConnection connection, SubmitFeedbackCommand command, CancellationToken cancellationToken)
    {
        var target = await SubmissionTargetQuery.FindAsync(connection, command.ProjectKey, command.ClientId, cancellationToken);
        if (target is null)
        {
            knownProjects.Forget(command.ProjectKey);
            return WidgetErrors.UnknownKey;
        }

        var project = target.Project;
        knownProjects.Remember(command.ProjectKey, project);
        if (!WidgetLookups.Admits(project.AllowedOrigins, command.Origin))
        {
            return WidgetErrors.OriginNotAllowed;
        }

        if (!string.IsNullOrEmpty(command.Website))
        {
            // Honeypot filled in: a bot. It gets what a person would get, and nothing is stored.
            return Answer(new StoredSubmission(Guid.NewGuid(), Guid.NewGuid()), isReplay: false);
        }

        if (target.Earlier is { } earlier)
        {
            return Answer(earlier, isReplay: true);
        }

        var rows = NewFeedback.Rows(command, project, NewFeedback.Category(command.Category, project.Categories), clock.GetUtcNow());
        var stored = await SubmissionInsert.InsertOrFindAsync(connection, command.ProjectKey, rows, cancellationToken);
        return stored is null ? WidgetErrors.UnknownKey : Answer(stored, isReplay: stored.ItemId != rows.Item.Id);
    }

    private SubmitFeedbackResult Answer(StoredSubmission stored, bool isReplay) =>
        new(new SubmittedFeedbackDto(stored.ItemId, stored.ConversationId, tokens.For(stored.ConversationId)), isReplay);
}
