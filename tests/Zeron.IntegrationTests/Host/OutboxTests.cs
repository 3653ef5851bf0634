using System.Net.Http.Json;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;
using Zeron.Accounts.Data;
using Zeron.Analytics.Data;
using Zeron.SharedKernel.Outbox;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// OrganizationCreated travels Accounts → outbox (same transaction) → Analytics' inbox → its handler → Analytics' read
/// model, at least once at each step, with an idempotent consumer.
/// </summary>
public sealed class OutboxTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creating_an_organization_writes_its_event_in_the_same_transaction()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Outboxed");
        await using var db = await app.OpenDatabaseAsync();
        var payload = await db.ScalarAsync<string>("SELECT payload::text FROM accounts.outbox_messages WHERE payload->>'organizationId' = @org", ("org", org.ToString()));
        payload.Should().Contain("Outboxed");
    }

    [Fact]
    public async Task The_recurring_hangfire_job_delivers_the_event_to_analytics()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Delivered By Hangfire");
        await using var db = await app.OpenDatabaseAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        long rows = 0;
        while (rows == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Ct);
            rows = await db.ScalarAsync<long>("SELECT count(*) FROM analytics.organizations WHERE organization_id = @org", ("org", org));
        }

        rows.Should().Be(1, "the recurring outbox job runs every few seconds");
        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.outbox_messages WHERE payload->>'organizationId' = @org AND processed_at IS NOT NULL", ("org", org.ToString())))
            .Should().Be(1);
    }

    [Fact]
    public async Task Redelivering_the_same_event_changes_nothing()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Delivered Twice");
        await DispatchAsync();
        await using var db = await app.OpenDatabaseAsync();
        await db.ExecuteAsync("UPDATE accounts.outbox_messages SET processed_at = NULL WHERE payload->>'organizationId' = @org", ("org", org.ToString()));

        await DispatchAsync();

        // Whether this dispatch or the recurring job got there first, the event was published a second time.
        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.outbox_messages WHERE payload->>'organizationId' = @org AND processed_at IS NOT NULL", ("org", org.ToString())))
            .Should().Be(1);
        (await db.ScalarAsync<long>("SELECT count(*) FROM analytics.organizations WHERE organization_id = @org", ("org", org))).Should().Be(1);

        // The consumer's own copy handled a second time changes nothing either.
        await db.ExecuteAsync("UPDATE analytics.inbox_messages SET processed_at = NULL WHERE payload->>'organizationId' = @org", ("org", org.ToString()));
        await DispatchAsync();
        (await db.ScalarAsync<long>("SELECT count(*) FROM analytics.inbox_messages WHERE payload->>'organizationId' = @org AND processed_at IS NOT NULL AND last_error IS NULL", ("org", org.ToString())))
            .Should().Be(1);
        (await db.ScalarAsync<long>("SELECT count(*) FROM analytics.organizations WHERE organization_id = @org", ("org", org))).Should().Be(1);
    }

    [Fact]
    public async Task An_event_that_cannot_be_published_is_kept_for_retry_with_its_error()
    {
        await using var db = await app.OpenDatabaseAsync();
        var id = Guid.NewGuid();
        await db.ExecuteAsync("INSERT INTO accounts.outbox_messages (id, type, payload, occurred_at, attempts) VALUES (@org, 'No.Such.Type, Nowhere', '{}', now(), 0)", ("org", id));

        await DispatchAsync();

        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.outbox_messages WHERE id = @org AND processed_at IS NULL AND attempts >= 1 AND last_error IS NOT NULL", ("org", id)))
            .Should().Be(1);
        await db.ExecuteAsync("DELETE FROM accounts.outbox_messages WHERE id = @org", ("org", id));
    }

    /// <summary>One batch of Accounts' outbox into the consumers' inboxes, then one batch of Analytics' inbox.</summary>
    private async Task DispatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher<AccountsDbContext>>().DispatchAsync(Ct);
        await scope.ServiceProvider.GetRequiredService<InboxDispatcher<AnalyticsDbContext>>().DispatchAsync(Ct);
    }
}
