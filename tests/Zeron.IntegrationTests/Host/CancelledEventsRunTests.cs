using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Data;
using Zeron.Orchestration.Data;
using Zeron.SharedKernel.Outbox;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// A run cancelled midway (the app shutting down) keeps what its handlers already did: those rows are saved as
/// handled, so a restart does not run them again (for webhooks: no second POST); the rest waits, attempts untouched.
/// </summary>
public sealed class CancelledEventsRunTests(CancelledEventsRunTests.CancellingConsumerFactory app) : IClassFixture<CancelledEventsRunTests.CancellingConsumerFactory>
{
    private static readonly CancellationTokenSource Shutdown = new();

    [Fact]
    public async Task Rows_handled_before_the_cancellation_are_saved_and_the_rest_keeps_its_attempts()
    {
        using var admin = await app.CreateAdminClientAsync();
        var handled = (await admin.CreateOrganizationAsync("Handled Before")).ToString();
        var cancelled = (await admin.CreateOrganizationAsync("Cancel Here")).ToString();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher<AccountsDbContext>>().DrainAsync(TestContext.Current.CancellationToken);

        var run = () => scope.ServiceProvider.GetRequiredService<InboxDispatcher<OrchestrationDbContext>>().DispatchAsync(Shutdown.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
        await using var db = await app.OpenDatabaseAsync();
        (await db.ScalarAsync<long>("SELECT count(*) FROM orchestration.inbox_messages WHERE payload->>'organizationId' = @org AND processed_at IS NOT NULL", ("org", handled)))
            .Should().Be(1, "its handler ran and committed before the shutdown");
        (await db.ScalarAsync<long>("SELECT count(*) FROM orchestration.inbox_messages WHERE payload->>'organizationId' = @org AND processed_at IS NULL AND attempts = 0", ("org", cancelled)))
            .Should().Be(1, "a shutdown is not the handler's failure");
    }

    public sealed class CancellingConsumerFactory : ExtraConsumersFactory
    {
        protected override void AddConsumers(IServiceCollection services) => services.AddEventHandler<OrganizationCreated, ShutsDownOnOneEvent>("Orchestration");
    }

    /// <summary>Handles every organization but "Cancel Here", where the app begins to shut down (the run's token is cancelled).</summary>
    private sealed class ShutsDownOnOneEvent : IIntegrationEventHandler<OrganizationCreated>
    {
        public async Task HandleAsync(OrganizationCreated integrationEvent, CancellationToken cancellationToken)
        {
            if (integrationEvent.Name == "Cancel Here")
            {
                await Shutdown.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}
