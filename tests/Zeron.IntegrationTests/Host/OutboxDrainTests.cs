using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Data;
using Zeron.Analytics.Data;
using Zeron.SharedKernel.Outbox;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>The outbox and inbox dispatchers drain a burst batch after batch; on an instance that runs no jobs, so only the test drains.</summary>
public sealed class OutboxDrainTests(OutboxDrainTests.NoJobsFactory app) : IClassFixture<OutboxDrainTests.NoJobsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_run_delivers_a_burst_of_120_events_not_just_the_first_batch_of_50()
    {
        var organizations = Enumerable.Range(0, 120).Select(_ => Guid.NewGuid()).ToArray();
        await using var db = await app.OpenDatabaseAsync();
        foreach (var org in organizations)
        {
            var message = OutboxMessage.For(new OrganizationCreated(Guid.NewGuid(), DateTimeOffset.UtcNow, org, "Burst", $"burst-{org:N}"));
            await db.ExecuteAsync("INSERT INTO accounts.outbox_messages (id, type, payload, occurred_at, attempts) VALUES (@id, @type, @payload::jsonb, @at, 0)",
                ("id", message.Id), ("type", message.Type), ("payload", message.Payload), ("at", message.OccurredAt));
        }

        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<OutboxDispatcher<AccountsDbContext>>().DrainAsync(Ct)).Should().BeGreaterThanOrEqualTo(120, "the burst, and the seeded Demo organization's event");
        (await scope.ServiceProvider.GetRequiredService<InboxDispatcher<AnalyticsDbContext>>().DrainAsync(Ct)).Should().BeGreaterThanOrEqualTo(120, "Analytics' copies, batch after batch");
        (await db.ScalarAsync<long>("SELECT count(*) FROM analytics.organizations WHERE organization_id = ANY(@orgs)", ("orgs", organizations)))
            .Should().Be(120);
        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.outbox_messages WHERE processed_at IS NULL")).Should().Be(0);
    }

    public sealed class NoJobsFactory : ZeronAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Zeron:Jobs:Server"] = "false" };
    }
}
