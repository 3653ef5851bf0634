using System.Net;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Data;
using Zeron.Analytics.Data;
using Zeron.Feedback.Data;
using Zeron.Integrations.Data;
using Zeron.Orchestration.Data;
using Zeron.SharedKernel.Outbox;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Each consumer of an event has its own copy in its own inbox: one that keeps failing retries and gives up on its own,
/// while the others are done with it and the publisher's outbox is not held up. Here Orchestration is given a handler
/// of <c>OrganizationCreated</c> that always fails and Integrations one that times out, next to Analytics' real one. The instance runs no jobs, so only the
/// test dispatches.
/// </summary>
public sealed class EventsPerConsumerTests(EventsPerConsumerTests.FailingConsumerFactory app) : IClassFixture<EventsPerConsumerTests.FailingConsumerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_failing_consumer_retries_alone_while_the_other_consumer_and_the_outbox_are_done()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = (await admin.CreateOrganizationAsync("Two Consumers")).ToString();
        await using var db = await app.OpenDatabaseAsync();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher<AccountsDbContext>>().DrainAsync(Ct);
            for (var run = 0; run < 3; run++)
            {
                await scope.ServiceProvider.GetRequiredService<InboxDispatcher<AnalyticsDbContext>>().DispatchAsync(Ct);
                await scope.ServiceProvider.GetRequiredService<InboxDispatcher<OrchestrationDbContext>>().DispatchAsync(Ct);
                await scope.ServiceProvider.GetRequiredService<InboxDispatcher<IntegrationsDbContext>>().DispatchAsync(Ct);
            }
        }

        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.outbox_messages WHERE payload->>'organizationId' = @org AND processed_at IS NOT NULL AND attempts = 0", ("org", org)))
            .Should().Be(1, "the outbox only hands the event over; it does not wait for the consumers to succeed");
        (await db.ScalarAsync<long>("SELECT count(*) FROM analytics.inbox_messages WHERE payload->>'organizationId' = @org AND processed_at IS NOT NULL AND attempts = 0", ("org", org)))
            .Should().Be(1, "Analytics handled its copy once, and was not run again for Orchestration's failures");
        (await db.ScalarAsync<long>("SELECT count(*) FROM analytics.organizations WHERE organization_id = @org::uuid", ("org", org))).Should().Be(1);
        (await db.ScalarAsync<long>(
                "SELECT count(*) FROM orchestration.inbox_messages WHERE payload->>'organizationId' = @org AND type = 'accounts.organization_created' AND processed_at IS NULL AND attempts = 3 AND last_error LIKE '%always fails%'",
                ("org", org)))
            .Should().Be(1, "Orchestration's copy failed three times and keeps its error");
        (await db.ScalarAsync<long>(
                "SELECT count(*) FROM integrations.inbox_messages WHERE payload->>'organizationId' = @org AND processed_at IS NULL AND attempts = 3 AND last_error LIKE '%timed out%'",
                ("org", org)))
            .Should().Be(1, "a handler's own timeout is a failed attempt like any other, not a cancelled run");
        (await db.ScalarAsync<long>("SELECT count(*) FROM feedback.inbox_messages WHERE payload->>'organizationId' = @org", ("org", org)))
            .Should().Be(1, "Feedback (the demo seeding) gets its own copy too");
    }

    [Fact]
    public async Task A_consumer_that_gave_up_shows_on_readiness_and_the_outbox_page_and_its_retry_touches_only_its_inbox()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = (await admin.CreateOrganizationAsync("Gives Up")).ToString();
        await using var db = await app.OpenDatabaseAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher<AccountsDbContext>>().DrainAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<InboxDispatcher<OrchestrationDbContext>>().DispatchAsync(Ct);
        }

        await db.ExecuteAsync($"UPDATE orchestration.inbox_messages SET attempts = {StoredEvent.MaxAttempts} WHERE payload->>'organizationId' = @org", ("org", org));
        var otherGivenUp = Guid.NewGuid(); // in Orchestration's outbox: the inbox retry must leave it alone
        await db.ExecuteAsync(
            $"INSERT INTO orchestration.outbox_messages (id, type, payload, occurred_at, attempts, last_error) VALUES (@id, 'nowhere.gone', '{{}}', now(), {StoredEvent.MaxAttempts}, 'gone')",
            ("id", otherGivenUp));

        using var client = app.CreateClient();
        var ready = await (await client.GetAsync("/health/ready", Ct)).ReadJsonAsync();
        ready["details"]!["outbox"]!.GetValue<string>().Should().Contain("Orchestration inbox: 1 event(s) given up").And.Contain("orchestration.inbox_messages");

        using var operator_ = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(operator_, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();
        var page = await operator_.GetStringAsync("/admin/outbox", Ct);
        page.Should().Contain("data-testid=\"inbox-Orchestration-summary\"").And.Contain("accounts.organization_created").And.Contain("always fails");

        var token = await AdminSignIn.AntiforgeryTokenAsync(operator_, "/admin/outbox");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var retry = await operator_.PostAsync("/admin/outbox?handler=Retry&module=Orchestration&queue=inbox", form, Ct);
        retry.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await db.ScalarAsync<long>("SELECT count(*) FROM orchestration.inbox_messages WHERE payload->>'organizationId' = @org AND attempts = 0", ("org", org))).Should().Be(1);
        (await db.ScalarAsync<int>("SELECT attempts FROM orchestration.outbox_messages WHERE id = @id", ("id", otherGivenUp))).Should().Be(StoredEvent.MaxAttempts);
        (await operator_.GetStringAsync("/admin/outbox", Ct)).Should().Contain("1 event(s) of Orchestration inbox will be tried again");
    }

    [Fact]
    public async Task A_consumer_whose_inbox_refuses_an_event_fails_only_that_hand_off_even_when_it_is_the_publisher()
    {
        // Feedback consumes its own events (webhooks): its inbox refusing one must not abort Feedback's outbox batch.
        await using var db = await app.OpenDatabaseAsync();
        var (refused, accepted) = (Guid.NewGuid(), Guid.NewGuid());
        await db.ExecuteAsync(
            $"""
            CREATE FUNCTION feedback.refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.id = '{refused}' THEN RAISE EXCEPTION 'inbox refuses this event'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_one BEFORE INSERT ON feedback.inbox_messages FOR EACH ROW EXECUTE FUNCTION feedback.refuse_one();
            INSERT INTO feedback.outbox_messages (id, type, payload, occurred_at, attempts)
            SELECT id, 'feedback.status_changed', jsonb_build_object('eventId', id, 'occurredAt', now(), 'organizationId', gen_random_uuid(),
                   'projectId', gen_random_uuid(), 'feedbackItemId', gen_random_uuid(), 'from', 0, 'to', 4), now(), 0
            FROM unnest(ARRAY['{refused}', '{accepted}']::uuid[]) AS id;
            """);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ModuleEventsJob<FeedbackDbContext>>().RunAsync(Ct);
        }
        finally
        {
            await db.ExecuteAsync("DROP TRIGGER refuse_one ON feedback.inbox_messages; DROP FUNCTION feedback.refuse_one();");
        }

        (await db.ScalarAsync<long>("SELECT count(*) FROM feedback.outbox_messages WHERE id = @id AND processed_at IS NULL AND attempts = 1 AND last_error LIKE '%inbox refuses this event%'", ("id", refused)))
            .Should().Be(1, "the refused hand-off is a counted failure with its error, so it is retried and given up like any other");
        (await db.ScalarAsync<long>("SELECT count(*) FROM feedback.outbox_messages WHERE id = @id AND processed_at IS NOT NULL", ("id", accepted))).Should().Be(1);
        (await db.ScalarAsync<long>("SELECT count(*) FROM feedback.inbox_messages WHERE id = @id AND processed_at IS NOT NULL AND last_error IS NULL", ("id", accepted)))
            .Should().Be(1, "the other event of the batch reached Feedback's inbox and was handled in the same run");
    }

    public sealed class FailingConsumerFactory : ExtraConsumersFactory
    {
        protected override void AddConsumers(IServiceCollection services) => services
            .AddEventHandler<OrganizationCreated, AlwaysFailingHandler>("Orchestration")
            .AddEventHandler<OrganizationCreated, TimingOutHandler>("Integrations");
    }

    private sealed class AlwaysFailingHandler : IIntegrationEventHandler<OrganizationCreated>
    {
        public Task HandleAsync(OrganizationCreated integrationEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("This consumer always fails.");
    }

    private sealed class TimingOutHandler : IIntegrationEventHandler<OrganizationCreated>
    {
        public Task HandleAsync(OrganizationCreated integrationEvent, CancellationToken cancellationToken) =>
            throw new TaskCanceledException("The call timed out.");
    }
}
