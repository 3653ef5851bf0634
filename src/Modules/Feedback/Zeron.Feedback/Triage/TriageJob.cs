using Hangfire;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zeron.Feedback.Data;
using Zeron.Integrations.Contracts.Llm;
using Zeron.SharedKernel.Jobs;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Triage;

/// <summary>
/// Triages one item (a Hangfire job on the <c>ai</c> queue, keyed by the item; see <see cref="TriageScheduler"/>): asks
/// the organization's model for the summary, and asks once more, with what was wrong, when the answer breaks the rules
/// (<see cref="TriageAnswer"/>). No transaction is held while the model answers. Whatever goes wrong — AI off, the
/// budget used up, no provider answering, two bad answers — the item stays untriaged and nothing else changes; the
/// job never fails (no Hangfire retries: the router already retried, and a triage is worth less than a second bill).
/// An item that has a summary is never triaged again, also not after edits.
/// </summary>
internal sealed partial class TriageJob(FeedbackDbContext db, ISender sender, TimeProvider clock, ILogger<TriageJob> logger)
{
    [Queue(JobQueues.Ai)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid organizationId, Guid itemId, CancellationToken cancellationToken)
    {
        var subject = await db.InTenantTransactionAsync(organizationId, () =>
            db.FeedbackItems.AsNoTracking()
                .Where(f => f.Id == itemId && f.OrganizationId == organizationId && f.Triage == null)
                .Join(db.Projects, f => f.ProjectId, p => p.Id, (f, p) => new { f.ProjectId, f.Message, p.Categories })
                .SingleOrDefaultAsync(cancellationToken), cancellationToken);
        if (subject is null || subject.Categories.Count == 0)
        {
            return; // deleted, or triaged by an earlier run
        }

        var prompt = TriagePrompt.For(organizationId, subject.ProjectId, subject.Message, subject.Categories);
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var answer = await sender.Send(new AskLlm(prompt), cancellationToken);
            if (!answer.IsSuccess)
            {
                LogNotTriaged(itemId, answer.Error!.Code);
                return;
            }

            var (summary, problem) = TriageAnswer.Parse(answer.Value.Text, subject.Categories, answer.Value.Model, clock.GetUtcNow());
            if (summary is not null)
            {
                await db.InTenantTransactionAsync(organizationId, async () =>
                {
                    var item = await db.FeedbackItems.SingleOrDefaultAsync(f => f.Id == itemId && f.OrganizationId == organizationId, cancellationToken);
                    return item?.ApplyTriage(summary) ?? false;
                }, cancellationToken);
                return;
            }

            LogInvalidAnswer(itemId, attempt, problem!);
            prompt = TriagePrompt.Retry(prompt, answer.Value.Text, problem!);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback {ItemId} stays untriaged: {Reason}")]
    private partial void LogNotTriaged(Guid itemId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Triage answer {Attempt} for feedback {ItemId} was rejected: {Problem}")]
    private partial void LogInvalidAnswer(Guid itemId, int attempt, string problem);
}
