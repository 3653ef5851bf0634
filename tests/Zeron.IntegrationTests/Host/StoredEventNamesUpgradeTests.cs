using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Accounts.Data;
using Zeron.Analytics.Data;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// An upgrade from before stable event names: events still waiting in the outboxes under their assembly-qualified type
/// names are renamed by the migration, and ones an older instance writes afterwards by the dispatcher; all are
/// delivered to their consumers' inboxes like any other.
/// </summary>
public sealed class StoredEventNamesUpgradeTests(StoredEventNamesUpgradeTests.UpgradedFactory app) : IClassFixture<StoredEventNamesUpgradeTests.UpgradedFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_stored_under_old_type_names_are_renamed_and_reach_their_consumers()
    {
        await using var db = await app.OpenDatabaseAsync();
        (await db.ScalarAsync<string>("SELECT type FROM accounts.outbox_messages WHERE id = @id", ("id", UpgradedFactory.OrganizationEvent)))
            .Should().Be("accounts.organization_created");
        (await db.ScalarAsync<string>("SELECT type FROM feedback.outbox_messages WHERE id = @id", ("id", UpgradedFactory.FeedbackEvent)))
            .Should().Be("feedback.feedback_received");

        // An instance of the older version, still running during a rolling upgrade, writes another one under its type name.
        var lateOrganization = Guid.NewGuid();
        var lateEvent = Guid.NewGuid();
        await db.ExecuteAsync(
            """
            INSERT INTO accounts.outbox_messages (id, type, payload, occurred_at, attempts)
            VALUES (@id, 'Zeron.Accounts.Contracts.Organizations.OrganizationCreated, Zeron.Accounts.Contracts',
                    jsonb_build_object('eventId', @id, 'occurredAt', now(), 'organizationId', @org, 'name', 'Late', 'slug', 'late'), now(), 0)
            """,
            ("id", lateEvent), ("org", lateOrganization));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher<AccountsDbContext>>().DrainAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<InboxDispatcher<AnalyticsDbContext>>().DrainAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<ModuleEventsJob<FeedbackDbContext>>().RunAsync(Ct);
        }

        (await db.ScalarAsync<long>("SELECT count(*) FROM analytics.organizations WHERE organization_id = @org", ("org", UpgradedFactory.Organization))).Should().Be(1);
        (await db.ScalarAsync<long>("SELECT count(*) FROM feedback.inbox_messages WHERE id = @id AND processed_at IS NOT NULL AND last_error IS NULL", ("id", UpgradedFactory.FeedbackEvent)))
            .Should().Be(1, "Feedback's webhooks handled the renamed event (it names an item that no longer exists: nothing to send)");
        (await db.ScalarAsync<long>("SELECT count(*) FROM analytics.organizations WHERE organization_id = @org", ("org", lateOrganization))).Should().Be(1);
        (await db.ScalarAsync<string>("SELECT type FROM analytics.inbox_messages WHERE id = @id", ("id", lateEvent))).Should().Be("accounts.organization_created");
        (await db.ScalarAsync<string>("SELECT type FROM accounts.outbox_messages WHERE id = @id", ("id", lateEvent))).Should().Be("accounts.organization_created");
        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.outbox_messages WHERE processed_at IS NULL")).Should().Be(0);
    }

    /// <summary>A database at the migrations before stable names, with one unprocessed event in each publishing outbox; no jobs run.</summary>
    public sealed class UpgradedFactory : ZeronAppFactory
    {
        public static readonly Guid OrganizationEvent = Guid.NewGuid();
        public static readonly Guid FeedbackEvent = Guid.NewGuid();
        public static readonly Guid Organization = Guid.NewGuid();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Zeron:Jobs:Server"] = "false" };

        protected override async Task PrepareDatabaseAsync()
        {
            await MigrateToAsync<AccountsDbContext>(AccountsDbContext.Schema, "20261125040412_Initial", o => new AccountsDbContext(o));
            await MigrateToAsync<FeedbackDbContext>(FeedbackDbContext.Schema, "20261125071230_Webhooks", o => new FeedbackDbContext(o));
            await using var db = await OpenDatabaseAsync();
            await db.ExecuteAsync(
                """
                INSERT INTO accounts.outbox_messages (id, type, payload, occurred_at, attempts)
                VALUES (@org_event, 'Zeron.Accounts.Contracts.Organizations.OrganizationCreated, Zeron.Accounts.Contracts',
                        jsonb_build_object('eventId', @org_event, 'occurredAt', now(), 'organizationId', @org, 'name', 'Upgraded', 'slug', 'upgraded'), now(), 0);
                INSERT INTO feedback.outbox_messages (id, type, payload, occurred_at, attempts)
                VALUES (@feedback_event, 'Zeron.Feedback.Contracts.Items.FeedbackReceived, Zeron.Feedback.Contracts',
                        jsonb_build_object('eventId', @feedback_event, 'occurredAt', now(), 'organizationId', @org, 'projectId', gen_random_uuid(), 'feedbackItemId', gen_random_uuid(), 'category', 'bug'), now(), 0);
                """,
                ("org_event", OrganizationEvent), ("feedback_event", FeedbackEvent), ("org", Organization));
        }

        private async Task MigrateToAsync<TContext>(string schema, string migration, Func<DbContextOptions<TContext>, TContext> create)
            where TContext : DbContext
        {
            var options = new DbContextOptionsBuilder<TContext>();
            options.UseModuleNpgsql(ConnectionString, schema);
            await using var context = create(options.Options);
            await context.GetService<IMigrator>().MigrateAsync(migration);
        }
    }
}
