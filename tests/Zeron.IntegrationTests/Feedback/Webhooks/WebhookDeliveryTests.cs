using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Feedback.Contracts.Items;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Webhooks;

/// <summary>Signed deliveries from the outbox to a real HTTP receiver on loopback, retried by Hangfire, logged per webhook.</summary>
public sealed class WebhookDeliveryTests(PrivateTargetsFactory app) : IClassFixture<PrivateTargetsFactory>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async ValueTask DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task New_feedback_is_posted_signed_with_the_webhook_secret_and_logged_as_succeeded()
    {
        var hook = await WebhookSetup.CreateAsync(app, _receiver.Url, "feedback.created");
        using var widget = WidgetClient.Create(app);
        using var submitted = await widget.SubmitAsync(hook.Project.Key, WidgetClient.Body(hook.Project.Key, "c1", "Search ignores accents"), "https://shop.example.com");
        submitted.StatusCode.Should().Be(HttpStatusCode.Created);
        var itemId = (await submitted.ReadJsonAsync())["id"]!.GetValue<Guid>();

        var received = (await _receiver.WaitForAsync(1)).Should().ContainSingle().Subject;
        received.Event.Should().Be("feedback.created");
        received.ContentType.Should().StartWith("application/json");
        hook.IsSignedCorrectly(received).Should().BeTrue("the signature is HMAC-SHA256(secret, \"t.body\")");
        (hook with { Secret = hook.Secret + "x" }).IsSignedCorrectly(received).Should().BeFalse();
        var body = JsonNode.Parse(received.Body)!;
        body["type"]!.GetValue<string>().Should().Be("feedback.created");
        body["data"]!["feedback"]!["id"]!.GetValue<Guid>().Should().Be(itemId);
        body["data"]!["feedback"]!["message"]!.GetValue<string>().Should().Be("Search ignores accents");

        var log = await hook.WaitForDeliveriesAsync(app, d => d.Count == 1 && d[0]!["status"]!.GetValue<string>() == "Succeeded");
        var delivery = log.Should().ContainSingle().Subject!;
        delivery["status"]!.GetValue<string>().Should().Be("Succeeded");
        delivery["id"]!.GetValue<Guid>().ToString().Should().Be(received.Delivery);
        delivery["attempts"]!.GetValue<int>().Should().Be(1);
        delivery["lastStatusCode"]!.GetValue<int>().Should().Be(200);
    }

    [Fact]
    public async Task Status_changes_and_messages_from_both_sides_are_delivered_only_to_webhooks_that_subscribe()
    {
        var hook = await WebhookSetup.CreateAsync(app, _receiver.Url, "feedback.status_changed", "feedback.message_added");
        using var admin = await app.CreateAdminClientAsync();
        using var other = await admin.PostAsJsonAsync(hook.Project.WebhooksPath(), new { url = _receiver.Url + "?only=created", events = new[] { "feedback.created" } }, Ct);
        other.StatusCode.Should().Be(HttpStatusCode.Created);

        using var widget = WidgetClient.Create(app);
        using var submitted = await widget.SubmitAsync(hook.Project.Key, WidgetClient.Body(hook.Project.Key, "c2"), "https://shop.example.com");
        var created = await submitted.ReadJsonAsync();
        var itemId = created["id"]!.GetValue<Guid>();
        var org = hook.Project.OrganizationId;

        (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/feedback/{itemId}", new { status = "Planned" }, Ct)).EnsureSuccessStatusCode();
        (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/feedback/{itemId}", new { tags = new[] { "no-status-change" } }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/feedback/{itemId}/messages", new { body = "On the roadmap" }, Ct)).EnsureSuccessStatusCode();
        using var reply = new HttpRequestMessage(HttpMethod.Post,
            $"/api/widget/v1/conversations/{created["conversationId"]}/messages?token={created["conversationToken"]}") { Content = ZeronApi.Json("{\"body\":\"Thanks!\"}") };
        reply.Headers.Add("Origin", "https://shop.example.com");
        (await widget.SendAsync(reply, Ct)).EnsureSuccessStatusCode();

        var received = await _receiver.WaitForAsync(4);
        received.Select(r => r.Event).Should().BeEquivalentTo(["feedback.created", "feedback.status_changed", "feedback.message_added", "feedback.message_added"]);
        var statusChange = JsonNode.Parse(received.Single(r => r.Event == "feedback.status_changed").Body)!["data"]!;
        statusChange["from"]!.GetValue<string>().Should().Be("New");
        statusChange["to"]!.GetValue<string>().Should().Be("Planned");
        statusChange["feedback"]!["id"]!.GetValue<Guid>().Should().Be(itemId);
        received.Where(r => r.Event == "feedback.message_added")
            .Select(r => JsonNode.Parse(r.Body)!["data"]!["message"]!)
            .Select(m => (m["author"]!.GetValue<string>(), m["body"]!.GetValue<string>()))
            .Should().BeEquivalentTo([("Admin", "On the roadmap"), ("Submitter", "Thanks!")]);
        received.Should().OnlyContain(r => hook.IsSignedCorrectly(r) || r.Event == "feedback.created");

        // Every event of the project has gone through the outbox and Feedback's inbox (so every delivery it makes
        // exists), and each delivery of this webhook was answered; only then, nothing more may arrive.
        await Poll.UntilAsync(async () => await hook.Project.ScalarAsync<long>(Unhandled) == 0, TimeSpan.FromSeconds(30));
        (await hook.Project.ScalarAsync<long>(Unhandled)).Should().Be(0, "the events were handled");
        var log = await hook.WaitForDeliveriesAsync(app, d => d.All(x => x!["status"]!.GetValue<string>() == "Succeeded"));
        log.Select(d => d!["eventType"]!.GetValue<string>()).Should().BeEquivalentTo(
            ["feedback.status_changed", "feedback.message_added", "feedback.message_added"], "a tags-only change is not a status change");
        await Poll.WhileAsync(() => _receiver.Received.Count == 4, TimeSpan.FromSeconds(2));
        _receiver.Received.Should().HaveCount(4, "nothing is sent twice");
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_by_Hangfire_with_the_same_body_and_id_until_the_receiver_accepts_it()
    {
        var hook = await WebhookSetup.CreateAsync(app, _receiver.Url, "feedback.created");
        _receiver.AnswerNext(500, 503);
        using var widget = WidgetClient.Create(app);
        (await widget.SubmitAsync(hook.Project.Key, WidgetClient.Body(hook.Project.Key, "c3"), "https://shop.example.com")).EnsureSuccessStatusCode();

        var failedOnce = await hook.WaitForDeliveriesAsync(app, d => d.Count == 1 && d[0]!["attempts"]!.GetValue<int>() == 1);
        failedOnce[0]!["status"]!.GetValue<string>().Should().Be("Pending");
        failedOnce[0]!["lastStatusCode"]!.GetValue<int>().Should().Be(500);
        failedOnce[0]!["lastError"]!.GetValue<string>().Should().Contain("500");

        for (var attempt = 2; attempt <= 3; attempt++)
        {
            await UntilAsync(() => WebhookSetup.RunScheduledRetriesNow(app) > 0);
            var expected = attempt;
            await hook.WaitForDeliveriesAsync(app, d => d[0]!["attempts"]!.GetValue<int>() == expected);
        }

        var log = await hook.WaitForDeliveriesAsync(app, d => d[0]!["status"]!.GetValue<string>() == "Succeeded");
        log[0]!["status"]!.GetValue<string>().Should().Be("Succeeded");
        log[0]!["attempts"]!.GetValue<int>().Should().Be(3);
        var received = _receiver.Received;
        received.Should().HaveCount(3);
        received.Select(r => r.Delivery).Distinct().Should().ContainSingle();
        received.Select(r => r.Body).Distinct().Should().ContainSingle("every attempt sends the same body");
        received.Should().OnlyContain(r => hook.IsSignedCorrectly(r));
    }

    [Fact]
    public async Task A_receiver_that_never_accepts_is_marked_failed_after_eight_attempts()
    {
        var hook = await WebhookSetup.CreateAsync(app, _receiver.Url, "feedback.created");
        _receiver.AnswerNext(Enumerable.Repeat(410, 20).ToArray());
        using var widget = WidgetClient.Create(app);
        (await widget.SubmitAsync(hook.Project.Key, WidgetClient.Body(hook.Project.Key, "c4"), "https://shop.example.com")).EnsureSuccessStatusCode();

        await hook.WaitForDeliveriesAsync(app, d => d.Count == 1 && d[0]!["attempts"]!.GetValue<int>() == 1);
        JsonArray log = [];
        for (var i = 0; i < 20 && (log.Count == 0 || log[0]!["status"]!.GetValue<string>() != "Failed"); i++)
        {
            WebhookSetup.RunScheduledRetriesNow(app);
            await Task.Delay(500, Ct);
            log = await hook.DeliveriesAsync(app);
        }

        log[0]!["status"]!.GetValue<string>().Should().Be("Failed");
        log[0]!["attempts"]!.GetValue<int>().Should().Be(8);
        log[0]!["completedAt"].Should().NotBeNull();
        _receiver.Received.Should().HaveCount(8);
    }

    [Fact]
    public async Task A_secret_that_cannot_be_read_is_logged_as_a_failed_attempt_and_nothing_is_sent()
    {
        var hook = await WebhookSetup.CreateAsync(app, _receiver.Url, "feedback.created");
        await using (var db = await app.OpenDatabaseAsync())
        {
            await using var corrupt = new Npgsql.NpgsqlCommand("UPDATE feedback.webhooks SET protected_secret = 'CfDJ8-not-a-protected-payload' WHERE id = $1", db)
            {
                Parameters = { new() { Value = hook.WebhookId } },
            };
            (await corrupt.ExecuteNonQueryAsync(Ct)).Should().Be(1);
        }

        using var widget = WidgetClient.Create(app);
        (await widget.SubmitAsync(hook.Project.Key, WidgetClient.Body(hook.Project.Key, "c-unreadable"), "https://shop.example.com")).EnsureSuccessStatusCode();

        var log = await hook.WaitForDeliveriesAsync(app, d => d.Count == 1 && d[0]!["attempts"]!.GetValue<int>() == 1);
        log[0]!["status"]!.GetValue<string>().Should().Be("Pending", "it is retried: the right secret may be configured meanwhile");
        log[0]!["lastError"]!.GetValue<string>().Should().Be(Zeron.Feedback.Webhooks.WebhookDeliveryJob.UnreadableSecret);
        _receiver.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Erasing_a_submitter_also_erases_the_deliveries_that_carried_their_data()
    {
        var hook = await WebhookSetup.CreateAsync(app, _receiver.Url, "feedback.created");
        var email = $"erase-{Guid.NewGuid():N}@example.com";
        using var widget = WidgetClient.Create(app);
        (await widget.SubmitAsync(hook.Project.Key, WidgetClient.Body(hook.Project.Key, "gdpr", extra: $"\"email\":\"{email}\""), "https://shop.example.com"))
            .EnsureSuccessStatusCode();
        (await hook.WaitForDeliveriesAsync(app, d => d.Count == 1 && d[0]!["status"]!.GetValue<string>() == "Succeeded")).Should().ContainSingle();
        (await hook.Project.ScalarAsync<long>($"SELECT count(*) FROM feedback.webhook_deliveries WHERE payload LIKE '%{email}%'")).Should().Be(1);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EraseSubmitterCommand(hook.Project.OrganizationId, email), Ct)).Should().BeGreaterThan(0);
        }

        (await hook.DeliveriesAsync(app)).Should().BeEmpty();
        (await hook.Project.ScalarAsync<long>($"SELECT count(*) FROM feedback.webhook_deliveries WHERE payload LIKE '%{email}%'")).Should().Be(0);
    }

    /// <summary>Events of the project (<c>@id</c>) not yet handled by Feedback's outbox or its inbox.</summary>
    private const string Unhandled =
        "SELECT (SELECT count(*) FROM feedback.outbox_messages WHERE processed_at IS NULL AND payload->>'projectId' = @id::text) " +
        "+ (SELECT count(*) FROM feedback.inbox_messages WHERE processed_at IS NULL AND payload->>'projectId' = @id::text)";

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
    }
}
