using Hangfire;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.Feedback.Features.Widget;
using Zeron.Integrations.Contracts.Llm;
using Zeron.SharedKernel.Jobs;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Assistant;

/// <summary>
/// One turn of the assistant (a Hangfire job on the <c>ai</c> queue, keyed by item and trigger): when AI is on for the
/// organization and <see cref="AssistantTurn.IsDue"/>, the model is streamed (<see cref="StreamLlm"/>, feature
/// <c>conversation</c>), its text published live as it comes, and a plausible question stored as the assistant's message
/// (with its <c>FeedbackMessageAdded</c>). AI off, a budget refusal, a provider error or an answer that is not a question:
/// nothing is posted, nothing else changes, and the reason is logged. Not retried: a late question is worse than none.
/// </summary>
internal sealed partial class AssistantJob(
    FeedbackDbContext db, ISender sender, ConversationLive live, IConnectionMultiplexer redis, TimeProvider clock, ILogger<AssistantJob> logger)
{
    private static readonly TimeSpan TurnLease = TimeSpan.FromMinutes(3);

    [Queue(JobQueues.Ai)]
    [AutomaticRetry(Attempts = 0)]
    public async Task TakeTurnAsync(Guid organizationId, Guid feedbackItemId, Guid? triggerMessageId, CancellationToken cancellationToken)
    {
        if (!(await sender.Send(new GetAiAvailability(organizationId), cancellationToken)).Enabled)
        {
            return;
        }

        // One turn per item at a time, on any instance: a duplicate job (a redelivered event) waits for nobody and stops.
        var lease = (RedisKey)$"zeron:feedback:assistant:{feedbackItemId:N}";
        var holder = Guid.NewGuid().ToString("N");
        if (!await redis.GetDatabase().LockTakeAsync(lease, holder, TurnLease))
        {
            return;
        }

        try
        {
            var turn = await LoadAsync(organizationId, feedbackItemId, cancellationToken);
            if (turn is null || !AssistantTurn.IsDue(turn.Value.Messages, triggerMessageId))
            {
                return;
            }

            var (item, messages) = turn.Value;
            var question = await GenerateAsync(item, messages, cancellationToken);
            var stored = question is not null && await StoreAsync(item, triggerMessageId, question, cancellationToken);
            await live.TryPublishAsync(item.ConversationId, ConversationLive.Done, new { posted = stored });
        }
        finally
        {
            await redis.GetDatabase().LockReleaseAsync(lease, holder);
        }
    }

    private async Task<(FeedbackItem Item, List<ConversationMessage> Messages)?> LoadAsync(Guid organizationId, Guid itemId, CancellationToken ct) =>
        await db.InTenantTransactionAsync<(FeedbackItem, List<ConversationMessage>)?>(organizationId, async () =>
        {
            var item = await db.FeedbackItems.AsNoTracking().SingleOrDefaultAsync(f => f.Id == itemId && f.OrganizationId == organizationId, ct);
            return item is null ? null : (item, await MessagesAsync(item, ct));
        }, ct);

    private Task<List<ConversationMessage>> MessagesAsync(FeedbackItem item, CancellationToken ct) =>
        db.ConversationMessages.AsNoTracking()
            .Where(m => m.FeedbackItemId == item.Id && m.OrganizationId == item.OrganizationId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(ct);

    /// <summary>Streams the model's answer to viewers as it comes; the question to post, or null.</summary>
    private async Task<string?> GenerateAsync(FeedbackItem item, List<ConversationMessage> messages, CancellationToken ct)
    {
        var answer = new AssistantAnswer();
        var finished = false;
        await foreach (var e in sender.CreateStream(new StreamLlm(AssistantPrompt.For(item, messages)), ct))
        {
            if (e.Failed is { } failed)
            {
                LogNoQuestion(item.Id, failed.Code, failed.Message);
                return null;
            }

            finished |= e.Done is not null;
            if (e.Delta is { } delta && answer.Add(delta) is { Length: > 0 } shown)
            {
                await live.TryPublishAsync(item.ConversationId, ConversationLive.Delta, new { text = shown });
            }

            if (answer.Overflowed)
            {
                break; // too long to be a short question: stop paying for it
            }
        }

        var question = finished ? answer.Question() : null;
        if (question is null)
        {
            LogNotAQuestion(item.Id, answer.Length);
        }

        return question;
    }

    /// <summary>Stores the question if the turn is still due (an admin may have replied meanwhile), under the item's row lock.</summary>
    private async Task<bool> StoreAsync(FeedbackItem item, Guid? trigger, string question, CancellationToken ct)
    {
        var stored = await db.InTenantTransactionAsync<ConversationMessage?>(item.OrganizationId, async () =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM feedback.feedback_items WHERE id = {item.Id} FOR UPDATE", ct);
            if (!AssistantTurn.IsDue(await MessagesAsync(item, ct), trigger))
            {
                return null;
            }

            var (message, added) = AssistantTurn.Ask(item, question, clock.GetUtcNow());
            db.ConversationMessages.Add(message);
            db.AddIntegrationEvent(added);
            return message;
        }, ct);
        if (stored is not null)
        {
            await live.TryPublishAsync(item.ConversationId, ConversationLive.Message, stored.ToWidgetDto());
        }

        return stored is not null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The assistant asks nothing for feedback {ItemId}: {Code} ({Reason})")]
    private partial void LogNoQuestion(Guid itemId, string code, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The assistant asks nothing for feedback {ItemId}: its answer ({Length} characters) is no question to post")]
    private partial void LogNotAQuestion(Guid itemId, int length);
}
