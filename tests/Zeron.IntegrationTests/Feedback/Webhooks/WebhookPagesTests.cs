using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Webhooks;

/// <summary>The webhook admin pages as a browser posts them: add (secret shown once), delivery log, delete, errors.</summary>
public sealed partial class WebhookPagesTests(PrivateTargetsFactory app) : IClassFixture<PrivateTargetsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_adds_a_webhook_sees_its_secret_once_and_its_deliveries_then_deletes_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var project = await WidgetProject.CreateAsync(app);
        var page = $"/admin/feedback/projects/{project.Id}/webhooks";
        using var client = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, project.OrganizationId);
        (await client.GetStringAsync($"/admin/feedback/projects/{project.Id}", Ct)).Should().Contain($"href=\"{page}\"");

        using var created = await AdminPages.PostAsync(client, page, "Create", ("TargetUrl", receiver.Url), ("Events", "feedback.created"), ("Events", "feedback.status_changed"));
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var html = await client.GetStringAsync(page, Ct);
        var secret = SecretRegex().Match(html).Groups[1].Value;
        secret.Should().StartWith("whsec_");
        html.Should().Contain(receiver.Url).And.Contain("feedback.created, feedback.status_changed");
        (await client.GetStringAsync(page, Ct)).Should().NotContain(secret, "the secret is shown once");

        using var widget = WidgetClient.Create(app);
        (await widget.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "page"), "https://shop.example.com")).EnsureSuccessStatusCode();
        var received = (await receiver.WaitForAsync(1)).Should().ContainSingle().Subject;
        using var admin = await app.CreateAdminClientAsync();
        var webhookId = (await admin.GetFromJsonAsync<JsonArray>(project.WebhooksPath(), Ct))![0]!["id"]!.GetValue<Guid>();
        new WebhookSetup(project, webhookId, secret).IsSignedCorrectly(received).Should().BeTrue("the page's secret signs the deliveries");

        var log = "";
        for (var i = 0; i < 50 && !log.Contains("Succeeded", StringComparison.Ordinal); i++)
        {
            await Task.Delay(200, Ct);
            log = await client.GetStringAsync($"{page}/{webhookId}", Ct);
        }

        log.Should().Contain("feedback.created").And.Contain("Succeeded").And.Contain("200");

        using var deleted = await AdminPages.PostAsync(client, page, "Delete", ("webhookId", webhookId.ToString()));
        deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetStringAsync(page, Ct)).Should().Contain("Webhook deleted").And.Contain("No webhooks yet.");
        (await client.GetAsync($"{page}/{webhookId}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_invalid_webhook_re_renders_the_form_with_the_messages_and_stores_nothing()
    {
        var project = await WidgetProject.CreateAsync(app);
        var page = $"/admin/feedback/projects/{project.Id}/webhooks";
        using var client = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, project.OrganizationId);

        using var response = await AdminPages.PostAsync(client, page, "Create", ("TargetUrl", "ftp://files.example.com"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.Should().Contain("absolute http(s) URL").And.Contain("Choose at least one event.").And.Contain("value=\"ftp://files.example.com\"");
        (await project.ScalarAsync<long>("SELECT count(*) FROM feedback.webhooks WHERE project_id = @id")).Should().Be(0);
    }

    [Fact]
    public async Task Members_cannot_open_the_webhook_pages_and_other_organizations_get_404()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var admin = await app.CreateAdminClientAsync();
        var email = $"member-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(admin, project.OrganizationId, email, "Member", "Member-Password-123");
        using var member = await AdminPages.SignedInAsync(app, email, "Member-Password-123", project.OrganizationId);
        using (var denied = await member.GetAsync($"/admin/feedback/projects/{project.Id}/webhooks", Ct))
        {
            denied.StatusCode.Should().Be(HttpStatusCode.Redirect);
            denied.Headers.Location!.ToString().Should().Contain("/admin/denied");
        }

        var other = await admin.CreateOrganizationAsync($"Other {Guid.NewGuid():N}");
        using var otherAdmin = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, other);
        (await otherAdmin.GetAsync($"/admin/feedback/projects/{project.Id}/webhooks", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("data-testid=\"new-webhook-secret\">([^<]+)<")]
    private static partial Regex SecretRegex();
}
