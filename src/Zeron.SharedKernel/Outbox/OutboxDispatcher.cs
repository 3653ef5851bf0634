using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// Hands one module's published events to the inbox of every module that handles them (<see cref="IntegrationEventCatalog"/>)
/// and marks them processed once all of those inboxes have them. It runs no handler: each consumer succeeds, retries and
/// gives up on its own, from its inbox (<see cref="InboxDispatcher{TContext}"/>). An event nobody handles is simply done;
/// a name no module publishes fails, and stays visible on the outbox page. See ADR 13.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    TContext db, IntegrationEventCatalog catalog, IEnumerable<IModuleInbox> inboxes, TimeProvider clock, ILogger<OutboxDispatcher<TContext>> logger)
    where TContext : DbContext, IEventTablesDbContext
{
    /// <summary>Batch after batch until the outbox is empty, its time budget is spent or a hand-off failed.</summary>
    /// <returns>How many events reached all their consumers' inboxes.</returns>
    public Task<int> DrainAsync(CancellationToken cancellationToken) => EventBatches.DrainAsync(() => Batch(cancellationToken), clock);

    /// <summary>One batch of at most 50 events.</summary>
    /// <returns>How many events reached all their consumers' inboxes.</returns>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken) => (await Batch(cancellationToken)).Succeeded;

    private Task<(int Selected, int Succeeded)> Batch(CancellationToken cancellationToken) =>
        EventBatches.RunAsync<OutboxMessage>(db, batch => HandOffAsync(batch, cancellationToken), cancellationToken);

    private async Task HandOffAsync(List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var failed = new HashSet<OutboxMessage>();
        foreach (var message in batch)
        {
            if (catalog.StableNameOf(message.Type) is { } name)
            {
                message.Type = name; // an old type name is stored under the stable one from here on
            }
            else
            {
                Fail(message, new InvalidOperationException($"No module publishes an event named '{message.Type}' (AddPublishedEvent); it cannot be delivered."), failed);
            }
        }

        var known = batch.Where(m => !failed.Contains(m)).ToList();
        foreach (var consumer in known.SelectMany(m => catalog.ConsumersOf(m.Type)).Distinct())
        {
            var events = known.Where(m => catalog.ConsumersOf(m.Type).Contains(consumer)).ToList();
            var inbox = inboxes.FirstOrDefault(i => i.Module == consumer);
            if (inbox is null)
            {
                var missing = new InvalidOperationException($"{consumer} handles these events but has no inbox (AddModuleDbContext).");
                events.ForEach(m => Fail(m, missing, failed));
                continue;
            }

            if (!await TryAcceptAsync(inbox, events, failed: null, cancellationToken))
            {
                // One statement for the batch failed: one at a time, so only the event the inbox refuses fails.
                // The other consumers keep what they accepted; a retry skips what is already in an inbox.
                foreach (var message in events)
                {
                    await TryAcceptAsync(inbox, [message], failed, cancellationToken);
                }
            }
        }

        var now = clock.GetUtcNow();
        known.Where(m => !failed.Contains(m)).ToList().ForEach(m => m.Succeed(now));
    }

    private async Task<bool> TryAcceptAsync(IModuleInbox inbox, List<OutboxMessage> events, HashSet<OutboxMessage>? failed, CancellationToken cancellationToken)
    {
        try
        {
            await inbox.AcceptAsync(events, cancellationToken);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            if (failed is not null)
            {
                events.ForEach(m => Fail(m, ex, failed));
            }

            return false;
        }
    }

    private void Fail(OutboxMessage message, Exception exception, HashSet<OutboxMessage> failed)
    {
        if (failed.Add(message))
        {
            message.Fail(exception);
            LogHandOffFailed(logger, exception, message.Id, message.Type, message.Attempts);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox event {EventId} ({EventType}) could not be handed to its consumers on attempt {Attempt}")]
    private static partial void LogHandOffFailed(ILogger logger, Exception exception, Guid eventId, string eventType, int attempt);
}
