using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary>The Feedback admin pages over plain HTTP, as a browser posts them (cookie sign-in, antiforgery tokens).</summary>
public sealed class AdminProjectsPagesTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_creates_a_project_sees_its_embed_snippet_and_rotates_its_key()
    {
        var org = await NewOrganizationAsync();
        using var client = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);

        using var created = await AdminPages.PostAsync(client, "/admin/feedback", "Create",
            ("NewProject.Name", "Web shop"), ("NewProject.AllowedOrigins", "https://shop.example\r\n\r\nhttps://*.example.org\r\n"));
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = created.Headers.Location!.ToString();
        page.Should().MatchRegex("^/admin/feedback/projects/[0-9a-f-]{36}$");

        var html = await client.GetStringAsync(page, Ct);
        html.Should().Contain("Project Web shop created");
        var key = AdminPages.EmbeddedKey(html);
        html.Should().Contain($"&lt;script src=&quot;{app.BaseAddress}widget/v1/zeron.js&quot; data-project-key=&quot;{key}&quot; async&gt;&lt;/script&gt;");
        var project = await ApiProjectAsync(org, Guid.Parse(page[^36..]));
        project["publicKey"]!.GetValue<string>().Should().Be(key);
        project["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()).Should().Equal("https://shop.example", "https://*.example.org");
        (await client.GetStringAsync("/admin/feedback", Ct)).Should().Contain($"href=\"{page}\"").And.Contain("Web shop");

        using var rotated = await AdminPages.PostAsync(client, page, "RotateKey");
        rotated.Headers.Location!.ToString().Should().Be(page);
        var after = await client.GetStringAsync(page, Ct);
        AdminPages.EmbeddedKey(after).Should().NotBe(key);
        after.Should().NotContain(key).And.Contain("the old key no longer works");
    }

    [Fact]
    public async Task Saving_changes_only_the_posted_fields()
    {
        var org = await NewOrganizationAsync();
        using var client = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);
        var id = await CreateProjectAsync(org);

        using var saved = await AdminPages.PostAsync(client, $"/admin/feedback/projects/{id}", "Save",
            ("Form.Categories", "Bug, Idea ,bug"), ("Form.AccentColor", "#FF8800"), ("Form.Position", "bottom-left"));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetStringAsync($"/admin/feedback/projects/{id}", Ct)).Should().Contain("Settings saved.");

        var project = await ApiProjectAsync(org, id);
        project["name"]!.GetValue<string>().Should().Be("Site");
        project["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()).Should().Equal("https://site.example");
        project["categories"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("bug", "idea");
        project["widget"]!["accentColor"]!.GetValue<string>().Should().Be("#ff8800");
        project["widget"]!["position"]!.GetValue<string>().Should().Be("bottom-left");
    }

    [Fact]
    public async Task Invalid_settings_are_shown_next_to_the_field_with_what_was_typed_and_nothing_is_saved()
    {
        var org = await NewOrganizationAsync();
        using var client = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);
        var id = await CreateProjectAsync(org);

        using var response = await AdminPages.PostAsync(client, $"/admin/feedback/projects/{id}", "Save",
            ("Form.Name", "Renamed"), ("Form.AllowedOrigins", "https://ok.example\nhttps://example.com/shop"), ("Form.Categories", ""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.Should().Contain("id=\"origins-error\"").And.Contain("is not an origin").And.Contain("id=\"categories-error\"");
        html.Should().Contain("https://example.com/shop</textarea>").And.Contain("value=\"Renamed\"");
        (await ApiProjectAsync(org, id))["name"]!.GetValue<string>().Should().Be("Site");
    }

    [Fact]
    public async Task A_member_sees_the_project_read_only_and_cannot_post_changes()
    {
        var org = await NewOrganizationAsync();
        var id = await CreateProjectAsync(org);
        var email = $"member-{Guid.NewGuid():N}@example.test";
        using (var admin = await app.CreateAdminClientAsync())
        {
            await app.AddNewUserAsync(admin, org, email, "Member", "Member-Password-123");
        }

        using var client = await AdminPages.SignedInAsync(app, email, "Member-Password-123", org);
        var page = $"/admin/feedback/projects/{id}";
        var html = await client.GetStringAsync(page, Ct);
        html.Should().Contain("fieldset class=\"plain\" disabled=\"disabled\"").And.Contain("data-project-key=&quot;pk_");
        html.Should().NotContain("Save changes").And.NotContain("Rotate key").And.NotContain("Delete project");
        var key = AdminPages.EmbeddedKey(html);

        foreach (var (path, handler) in new[] { (page, "Save"), (page, "RotateKey"), (page, "Delete"), ("/admin/feedback", "Create") })
        {
            using var response = await AdminPages.PostAsync(client, path, handler, ("Form.Name", "mine"), ("NewProject.Name", "mine"));
            response.Headers.Location?.ToString().Should().Contain("/admin/denied", $"{handler} is for Admins and Owners");
        }

        var project = await ApiProjectAsync(org, id);
        (project["name"]!.GetValue<string>(), project["publicKey"]!.GetValue<string>()).Should().Be(("Site", key));
    }

    [Fact]
    public async Task Deleting_a_project_returns_to_the_list_and_another_organizations_project_is_not_found()
    {
        var org = await NewOrganizationAsync();
        using var client = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);
        var id = await CreateProjectAsync(org);
        var foreign = await CreateProjectAsync(await NewOrganizationAsync());

        (await client.GetAsync($"/admin/feedback/projects/{foreign}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var deleted = await AdminPages.PostAsync(client, $"/admin/feedback/projects/{id}", "Delete");
        deleted.Headers.Location!.ToString().Should().Be("/admin/feedback");
        (await client.GetStringAsync("/admin/feedback", Ct)).Should().Contain("Project Site deleted.").And.Contain("No projects yet");
        (await client.GetAsync($"/admin/feedback/projects/{id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<Guid> NewOrganizationAsync()
    {
        using var admin = await app.CreateAdminClientAsync();
        return await admin.CreateOrganizationAsync($"Pages {Guid.NewGuid():N}"[..20]);
    }

    private async Task<Guid> CreateProjectAsync(Guid org)
    {
        using var admin = await app.CreateAdminClientAsync();
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Site", allowedOrigins = new[] { "https://site.example" } }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();
    }

    private async Task<JsonObject> ApiProjectAsync(Guid org, Guid id)
    {
        using var admin = await app.CreateAdminClientAsync();
        return (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{id}", Ct))!;
    }
}
