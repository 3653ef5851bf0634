using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// Runs one module's handlers over its inbox: each event once its handler succeeds, each in a DI scope of its own (so a
/// handler has fresh DbContexts and its own transactions). A failure counts against this module's copy of the event
/// only; other consumers of the same event are not affected. See ADR 13.
/// </summary>
public sealed partial class InboxDispatcher<TContext>(
    TContext db, string module, IntegrationEventCatalog catalog, IServiceScopeFactory scopes, TimeProvider clock, ILogger<InboxDispatcher<TContext>> logger)
    where TContext : DbContext, IEventTablesDbContext
{
    public string Module => module;

    /// <summary>Batch after batch until the inbox is empty, its time budget is spent or a handler failed.</summary>
    /// <returns>How many events were handled successfully.</returns>
    public Task<int> DrainAsync(CancellationToken cancellationToken) => EventBatches.DrainAsync(() => Batch(cancellationToken), clock);

    /// <summary>One batch of at most 50 events.</summary>
    /// <returns>How many events were handled successfully.</returns>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken) => (await Batch(cancellationToken)).Succeeded;

    private Task<(int Selected, int Succeeded)> Batch(CancellationToken cancellationToken) =>
        EventBatches.RunAsync<InboxMessage>(db, batch => HandleAsync(batch, cancellationToken), cancellationToken);

    private async Task HandleAsync(List<InboxMessage> batch, CancellationToken cancellationToken)
    {
        foreach (var message in batch)
        {
            try
            {
                var subscription = catalog.Subscription(module, message.Type)
                    ?? throw new InvalidOperationException($"{module} has no handler for '{message.Type}' (AddEventHandler).");
                await using var scope = scopes.CreateAsyncScope();
                await subscription.HandleAsync(scope.ServiceProvider, message.Payload, cancellationToken);
                message.Succeed(clock.GetUtcNow());
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // A handler's own timeout (TaskCanceledException) is its failure too; only this run's cancellation aborts the batch.
                message.Fail(ex);
                LogHandlingFailed(logger, ex, module, message.Id, message.Type, message.Attempts);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Module} failed to handle event {EventId} ({EventType}) on attempt {Attempt}")]
    private static partial void LogHandlingFailed(ILogger logger, Exception exception, string module, Guid eventId, string eventType, int attempt);
}
