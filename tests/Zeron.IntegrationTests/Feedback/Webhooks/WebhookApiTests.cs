using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Webhooks;

/// <summary>The webhook management API on an app with the default (strict) target policy.</summary>
public sealed class WebhookApiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string PublicUrl = "https://hooks.example.com/zeron";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_shows_the_secret_once_lists_without_it_and_stores_it_encrypted()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var admin = await app.CreateAdminClientAsync();
        using var response = await admin.PostAsJsonAsync(project.WebhooksPath(), new { url = PublicUrl, events = new[] { "feedback.message_added", "feedback.created" } }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await response.ReadJsonAsync();
        var secret = created["secret"]!.GetValue<string>();
        secret.Should().MatchRegex("^whsec_[0-9a-f]{48}$");
        response.Headers.Location!.ToString().Should().Be($"{project.WebhooksPath()}/{created["id"]}");
        created["events"]!.AsArray().Select(e => e!.GetValue<string>()).Should().Equal("feedback.created", "feedback.message_added");

        var listed = (await admin.GetFromJsonAsync<JsonArray>(project.WebhooksPath(), Ct))!.Should().ContainSingle().Subject!.AsObject();
        listed["url"]!.GetValue<string>().Should().Be(PublicUrl);
        listed.ContainsKey("secret").Should().BeFalse();
        (await project.ScalarAsync<string>("SELECT protected_secret FROM feedback.webhooks WHERE project_id = @id")).Should().NotContain(secret["whsec_".Length..]);
    }

    public static TheoryData<string> RefusedBodies => new()
    {
        "{\"url\":\"\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"not a url\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"ftp://hooks.example.com/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"https://user:pw@hooks.example.com/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"https://hooks.example.com/" + new string('a', 2100) + "\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://127.0.0.1:9000/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://localhost/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://api.localhost/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://[::1]/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://10.1.2.3/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://172.20.0.1/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://192.168.1.1/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://169.254.169.254/latest/meta-data\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://100.64.0.1/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://[fd00::1]/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://[::ffff:127.0.0.1]/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"http://0.0.0.0/x\",\"events\":[\"feedback.created\"]}",
        "{\"url\":\"" + PublicUrl + "\",\"events\":[]}",
        "{\"url\":\"" + PublicUrl + "\"}",
        "{\"url\":\"" + PublicUrl + "\",\"events\":[\"feedback.deleted\"]}",
        "{\"url\":\"" + PublicUrl + "\",\"events\":[\"<script>alert(1)</script>\"]}",
    };

    [Theory]
    [MemberData(nameof(RefusedBodies))]
    public async Task Invalid_or_private_targets_and_unknown_events_are_400_and_nothing_is_stored(string body)
    {
        var project = await WidgetProject.CreateAsync(app);
        using var admin = await app.CreateAdminClientAsync();
        var problem = await (await admin.PostAsync(project.WebhooksPath(), ZeronApi.Json(body), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeSubsetOf(["url", "events"]).And.NotBeEmpty();
        (await project.ScalarAsync<long>("SELECT count(*) FROM feedback.webhooks WHERE project_id = @id")).Should().Be(0);
    }

    /// <summary>Targets the issue found saved (201) before the shared guard, and the machine's own name.</summary>
    public static TheoryData<string> NonPublicTargets => new()
    {
        "http://192.0.2.1/x", "http://198.18.0.1/x", "http://192.0.0.1/x", "http://198.51.100.1/x", "http://203.0.113.1/x",
        "http://[64:ff9b::a9fe:a9fe]/x", "http://[2002:a9fe:a9fe::1]/x", "http://[::ffff:0:7f00:1]/x",
        "http://localhost./x", "http://LocalHost./x", "http://localhost.localdomain/x",
        $"http://{Dns.GetHostName()}/x", $"http://{Dns.GetHostName().ToUpperInvariant()}.:8080/x",
        "http://printer.local/x", "http://db.internal/x", "http://nas.home.arpa/x", "http://2130706433/x",
    };

    [Theory]
    [MemberData(nameof(NonPublicTargets))]
    public async Task A_url_naming_a_special_purpose_address_or_a_local_name_is_400_on_url(string url)
    {
        var project = await WidgetProject.CreateAsync(app);
        using var admin = await app.CreateAdminClientAsync();
        var problem = await (await admin.PostAsJsonAsync(project.WebhooksPath(), new { url, events = new[] { "feedback.created" } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("url");
        problem["errors"]!["url"]![0]!.GetValue<string>().Should().StartWith("Webhooks go to public addresses only: ");
        (await project.ScalarAsync<long>("SELECT count(*) FROM feedback.webhooks WHERE project_id = @id")).Should().Be(0);
    }

    [Theory]
    [InlineData("{\"url\":", HttpStatusCode.BadRequest)]
    [InlineData("{\"url\":42,\"events\":\"feedback.created\"}", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.BadRequest)]
    public async Task Malformed_json_is_400(string body, HttpStatusCode status)
    {
        var project = await WidgetProject.CreateAsync(app);
        using var admin = await app.CreateAdminClientAsync();
        await (await admin.PostAsync(project.WebhooksPath(), ZeronApi.Json(body), Ct)).ShouldBeProblemAsync(status);
    }

    [Fact]
    public async Task A_megabyte_body_is_413_and_a_non_json_body_is_415()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var admin = await app.CreateAdminClientAsync();
        var huge = $"{{\"url\":\"{PublicUrl}\",\"events\":[\"feedback.created\"],\"x\":\"{new string('x', 1024 * 1024)}\"}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, project.WebhooksPath()) { Content = ZeronApi.Json(huge) };
        request.Headers.ExpectContinue = true; // the 413 comes before the body is sent (see ProblemDetailsTests)
        await (await admin.SendAsync(request, Ct)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await admin.PostAsync(project.WebhooksPath(), new StringContent("url=x"), Ct)).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        (await admin.GetFromJsonAsync<JsonArray>(project.WebhooksPath(), Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_stops_the_webhook_and_a_project_has_at_most_ten()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var admin = await app.CreateAdminClientAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            using var created = await admin.PostAsJsonAsync(project.WebhooksPath(), new { url = $"{PublicUrl}/{i}", events = new[] { "feedback.created" } }, Ct);
            ids.Add((await created.ReadJsonAsync())["id"]!.GetValue<Guid>());
        }

        await (await admin.PostAsJsonAsync(project.WebhooksPath(), new { url = PublicUrl, events = new[] { "feedback.created" } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await admin.DeleteAsync($"{project.WebhooksPath()}/{ids[0]}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await admin.DeleteAsync($"{project.WebhooksPath()}/{ids[0]}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"{project.WebhooksPath()}/{ids[0]}/deliveries", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await admin.GetFromJsonAsync<JsonArray>(project.WebhooksPath(), Ct)).Should().HaveCount(9);
    }

    [Fact]
    public async Task Another_organization_gets_404_on_every_webhook_route_and_a_member_gets_403()
    {
        var hook = await WebhookSetup.CreateAsync(app, PublicUrl, "feedback.created");
        var project = hook.Project;
        using var admin = await app.CreateAdminClientAsync();
        var mine = await admin.CreateOrganizationAsync($"Outsiders {Guid.NewGuid():N}");
        using var outsider = await app.CreateMemberClientAsync(admin, mine, "Owner");
        string[] paths =
        [
            project.WebhooksPath(),
            $"{project.WebhooksPath()}/{hook.WebhookId}",
            $"{project.WebhooksPath()}/{hook.WebhookId}/deliveries",
            // The outsider's own organization with the other one's project and webhook ids.
            $"/api/v1/orgs/{mine}/projects/{project.Id}/webhooks",
            $"/api/v1/orgs/{mine}/projects/{project.Id}/webhooks/{hook.WebhookId}",
            $"/api/v1/orgs/{mine}/projects/{project.Id}/webhooks/{hook.WebhookId}/deliveries",
        ];
        foreach (var path in paths)
        {
            var requests = new List<HttpRequestMessage>();
            if (!path.EndsWith(hook.WebhookId.ToString(), StringComparison.Ordinal))
            {
                requests.Add(new HttpRequestMessage(HttpMethod.Get, path));
            }

            if (path.EndsWith("/webhooks", StringComparison.Ordinal))
            {
                requests.Add(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { url = PublicUrl, events = new[] { "feedback.created" } }) });
            }

            if (path.EndsWith(hook.WebhookId.ToString(), StringComparison.Ordinal))
            {
                requests.Add(new HttpRequestMessage(HttpMethod.Delete, path));
            }

            foreach (var request in requests)
            {
                using (request)
                {
                    var problem = await (await outsider.SendAsync(request, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
                    problem.ToJsonString().Should().NotContain("hooks.example.com");
                }
            }
        }

        using var member = await app.CreateMemberClientAsync(admin, project.OrganizationId, "Member");
        await (await member.GetAsync(project.WebhooksPath(), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.DeleteAsync($"{project.WebhooksPath()}/{hook.WebhookId}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await admin.GetFromJsonAsync<JsonArray>(project.WebhooksPath(), Ct)).Should().ContainSingle("nobody else could add or delete one");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_target_that_turns_out_to_be_private_is_refused_when_connecting_and_never_reached(bool byMachineName)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var hook = await WebhookSetup.CreateAsync(app, PublicUrl, "feedback.created");
        // As if the public name now led to the loopback receiver (DNS rebinding), or to this machine by its own name
        // (which resolves to one of its own addresses): the URL that passed validation is replaced under it.
        var url = byMachineName ? receiver.Url.Replace("127.0.0.1", Dns.GetHostName(), StringComparison.Ordinal) : receiver.Url;
        await using (var db = await app.OpenDatabaseAsync())
        {
            (await db.ExecuteAsync("UPDATE feedback.webhooks SET url = @url WHERE id = @id", ("url", url), ("id", hook.WebhookId))).Should().Be(1);
        }

        using var widget = WidgetClient.Create(app);
        (await widget.SubmitAsync(hook.Project.Key, WidgetClient.Body(hook.Project.Key, "ssrf"), "https://shop.example.com")).EnsureSuccessStatusCode();

        var log = await hook.WaitForDeliveriesAsync(app, d => d.Count == 1 && d[0]!["attempts"]!.GetValue<int>() >= 1);
        log[0]!["status"]!.GetValue<string>().Should().Be("Pending", "it is retried in case the name resolves publicly again");
        log[0]!["lastError"]!.GetValue<string>().Should().Contain("Refused");
        log[0]!["lastStatusCode"].Should().BeNull();
        receiver.Received.Should().BeEmpty();
    }
}
