using Hangfire;
using Microsoft.EntityFrameworkCore;
using Zeron.SharedKernel.Persistence;

namespace Zeron.SharedKernel.Outbox;

/// <summary>Schedules the recurring Hangfire job that drains one module's outbox every five seconds.</summary>
internal sealed class OutboxDispatchInitializer<TContext>(IRecurringJobManager jobs, string module) : IModuleInitializer
    where TContext : DbContext, IOutboxDbContext
{
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<OutboxDispatcher<TContext>>(
            $"outbox-{module.ToLowerInvariant()}",
            dispatcher => dispatcher.DrainAsync(CancellationToken.None),
            "*/5 * * * * *");
        return Task.CompletedTask;
    }
}
