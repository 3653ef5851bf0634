using Hangfire;
using Microsoft.EntityFrameworkCore;
using Zeron.SharedKernel.Persistence;

namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// The recurring job of one module's event tables (every five seconds): first its outbox is handed to the consumers'
/// inboxes, then its own inbox is handled, so an event a module publishes for itself is handled in the same run.
/// </summary>
public sealed class ModuleEventsJob<TContext>(OutboxDispatcher<TContext> outbox, InboxDispatcher<TContext> inbox)
    where TContext : DbContext, IEventTablesDbContext
{
    /// <remarks>Not retried by Hangfire: the next run, five seconds later, is the retry.</remarks>
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await outbox.DrainAsync(cancellationToken);
        }
        finally
        {
            await inbox.DrainAsync(cancellationToken); // what reached the inbox before is handled even if the hand-off broke
        }
    }
}

/// <summary>Schedules <see cref="ModuleEventsJob{TContext}"/>; the catalog is built here, so a contradiction in it stops the start.</summary>
internal sealed class ModuleEventsJobInitializer<TContext>(IRecurringJobManager jobs, IntegrationEventCatalog catalog, string module) : IModuleInitializer
    where TContext : DbContext, IEventTablesDbContext
{
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        _ = catalog;
        // Named as before inboxes existed (the dashboard and operators know it), so an upgrade updates the same job.
        jobs.AddOrUpdate<ModuleEventsJob<TContext>>(
            $"outbox-{module.ToLowerInvariant()}",
            job => job.RunAsync(CancellationToken.None),
            "*/5 * * * * *");
        return Task.CompletedTask;
    }
}
