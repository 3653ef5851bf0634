using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>
/// Limits lowered to 3 per address, 5 per project and 3 wrong conversation tokens per address. Every test uses fresh addresses and a fresh project, so counters
/// in the shared Redis cannot collide with other tests (or with earlier runs inside the same minute).
/// </summary>
public sealed class WidgetRateLimitTests(WidgetRateLimitTests.LowLimitsFactory app) : IClassFixture<WidgetRateLimitTests.LowLimitsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_fourth_submission_from_one_address_is_429_with_retry_after_and_is_not_stored()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        for (var i = 0; i < 3; i++)
        {
            (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, $"ok-{i}"))).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        using var limited = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "too-many"));

        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await project.CountItemsAsync()).Should().Be(3);
        (await client.GetAsync($"/api/widget/v1/config?key={project.Key}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "only POSTs count");
        (await WidgetClient.Create(app).SubmitAsync(project.Key, WidgetClient.Body(project.Key, "other-address"))).StatusCode
            .Should().Be(HttpStatusCode.Created, "another address has its own budget");
    }

    [Fact]
    public async Task A_429_carries_cors_for_an_admitted_origin_so_the_widget_can_read_retry_after()
    {
        var project = await WidgetProject.CreateAsync(app, ["https://shop.example.com"]);
        using var client = WidgetClient.Create(app);
        for (var i = 0; i < 3; i++)
        {
            (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, $"c{i}"), "https://shop.example.com")).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        using var admitted = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "c3"), "https://shop.example.com");
        using var foreign = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "c4"), "https://evil.example");

        await admitted.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        WidgetHeaders.AllowOrigin(admitted).Should().Be("https://shop.example.com");
        admitted.Headers.RetryAfter.Should().NotBeNull();
        await foreign.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        WidgetHeaders.AllowOrigin(foreign).Should().BeNull();
    }

    [Fact]
    public async Task Two_app_instances_share_the_limit_through_redis()
    {
        var project = await WidgetProject.CreateAsync(app);
        await using var replica = new LowLimitsReplica(app.DatabaseName);
        await replica.InitializeAsync();
        var address = WidgetClient.RandomLoopback();
        using var first = WidgetClient.Create(app, address);
        using var second = WidgetClient.Create(replica, address);

        (await first.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "a1"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await first.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "a2"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await second.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "b1"))).StatusCode.Should().Be(HttpStatusCode.Created);

        await (await second.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "b2"))).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        await (await first.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "a3"))).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        (await project.CountItemsAsync()).Should().Be(3);
    }

    [Fact]
    public async Task A_project_takes_at_most_its_limit_across_addresses()
    {
        var project = await WidgetProject.CreateAsync(app);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var client = WidgetClient.Create(app);
            using var response = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, $"p{i}"));
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Equal(Enumerable.Repeat(HttpStatusCode.Created, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)));
        (await project.CountItemsAsync()).Should().Be(5);
    }

    [Fact]
    public async Task Wrong_conversation_tokens_from_one_address_are_429_after_the_limit_with_cors_but_the_right_token_still_reads()
    {
        var project = await WidgetProject.CreateAsync(app, ["https://shop.example.com"]);
        using var submitter = WidgetClient.Create(app);
        var conversation = await WidgetConversation.StartAsync(submitter, project);
        using var guesser = WidgetClient.Create(app);
        for (var i = 0; i < 5; i++)
        {
            (await submitter.GetAsync(conversation.Path, Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "the right token never counts");
        }

        await (await guesser.GetAsync($"/api/widget/v1/conversations/{conversation.Id}?token={new string('A', 43)}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await guesser.GetAsync($"/api/widget/v1/conversations/{conversation.Id}?token=nonsense", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await guesser.PostAsync($"/api/widget/v1/conversations/{conversation.Id}/messages", ZeronApi.Json("{\"body\":\"hi\"}"), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var wrongPath = $"/api/widget/v1/conversations/{conversation.Id}?token={new string('B', 43)}";
        using var read = await guesser.CallAsync(HttpMethod.Get, wrongPath, "https://shop.example.com");
        using var reply = await guesser.PostAsync($"/api/widget/v1/conversations/{conversation.Id}/messages?token=nonsense", ZeronApi.Json("{\"body\":\"hi\"}"), Ct);
        using var foreign = await guesser.CallAsync(HttpMethod.Get, wrongPath, "https://evil.example");

        await read.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        read.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        WidgetHeaders.AllowOrigin(read).Should().Be("https://shop.example.com", "the widget must be able to read Retry-After");
        read.Headers.GetValues("Access-Control-Expose-Headers").Should().Contain("Retry-After");
        await reply.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        await foreign.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        WidgetHeaders.AllowOrigin(foreign).Should().BeNull();

        // Someone else behind the guesser's address (one NAT) who holds the right token is not locked out.
        (await guesser.GetAsync(conversation.Path, Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "the right token is never held back");
        (await submitter.GetAsync(conversation.Path, Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "another address is not held");
        (await project.ScalarAsync<long>("SELECT count(*) FROM feedback.conversation_messages m JOIN feedback.feedback_items f ON f.id = m.feedback_item_id WHERE f.project_id = @id"))
            .Should().Be(1, "no reply got through");
    }

    public sealed class LowLimitsFactory : ZeronAppFactory
    {
        internal static readonly IReadOnlyDictionary<string, string?> LowLimits = new Dictionary<string, string?>
        {
            ["Zeron:Widget:RateLimits:PerIpPerMinute"] = "3",
            ["Zeron:Widget:RateLimits:PerProjectPerMinute"] = "5",
            ["Zeron:Widget:RateLimits:FailedTokenChecksPerIpPerMinute"] = "3",
        };

        protected override IReadOnlyDictionary<string, string?> Settings => LowLimits;
    }

    /// <summary>A second instance on the first one's database (and the same Redis), with the same limits.</summary>
    private sealed class LowLimitsReplica(string database) : ZeronAppFactory(database, ownsDatabase: false)
    {
        protected override IReadOnlyDictionary<string, string?> Settings => LowLimitsFactory.LowLimits;
    }
}
