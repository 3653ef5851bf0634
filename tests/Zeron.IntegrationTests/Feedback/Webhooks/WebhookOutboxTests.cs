using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Webhooks;

/// <summary>
/// Events go out through the outbox: feedback saved by an instance that stops before sending anything is delivered
/// by another instance afterwards — nothing is lost between saving and sending.
/// </summary>
public sealed class WebhookOutboxTests(WebhookOutboxTests.WebOnlyFactory app) : IClassFixture<WebhookOutboxTests.WebOnlyFactory>
{
    [Fact]
    public async Task Feedback_saved_by_an_instance_that_sends_nothing_is_delivered_by_the_next_one()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var hook = await WebhookSetup.CreateAsync(app, receiver.Url, "feedback.created");
        using (var widget = WidgetClient.Create(app))
        {
            (await widget.SubmitAsync(hook.Project.Key, WidgetClient.Body(hook.Project.Key, "outbox"), "https://shop.example.com")).EnsureSuccessStatusCode();
        }

        // The event is in the outbox (saved with the item). The web-only instance runs no jobs: for longer than the
        // events job's 5 s cadence it stays there, with no delivery — checked throughout, the first change fails.
        const string Waiting = "SELECT count(*) FROM feedback.outbox_messages WHERE processed_at IS NULL AND payload->>'projectId' = @id::text";
        (await hook.Project.ScalarAsync<long>(Waiting)).Should().Be(1);
        await Poll.WhileAsync(async () => receiver.Received.Count == 0 && await hook.Project.ScalarAsync<long>(Waiting) == 1 && (await hook.DeliveriesAsync(app)).Count == 0,
            TimeSpan.FromSeconds(6));
        (await hook.Project.ScalarAsync<long>(Waiting)).Should().Be(1);
        (await hook.DeliveriesAsync(app)).Should().BeEmpty();
        receiver.Received.Should().BeEmpty();

        await using var worker = new Worker(app.DatabaseName);
        await worker.InitializeAsync();
        var received = await receiver.WaitForAsync(1);
        received.Should().ContainSingle().Which.Event.Should().Be("feedback.created");
        hook.IsSignedCorrectly(received[0]).Should().BeTrue();
        (await hook.Project.ScalarAsync<long>(Waiting)).Should().Be(0);
    }

    /// <summary>An instance that queues jobs but runs none (<c>Zeron__Jobs__Server=false</c>).</summary>
    public sealed class WebOnlyFactory : ZeronAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(PrivateTargetsFactory.AllowPrivate)
        {
            ["Zeron:Jobs:Server"] = "false",
        };
    }

    private sealed class Worker(string database) : PrivateTargetsFactory(database, ownsDatabase: false);
}
