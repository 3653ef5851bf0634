using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

public sealed class ProjectsTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_project_gets_a_public_key_normalized_origins_and_default_categories()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Sites Inc");
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects",
            new { name = "Shop", allowedOrigins = new[] { "HTTPS://Shop.Example.com/", "http://localhost:3000", "https://*.example.org" } }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var project = await response.ReadJsonAsync();
        project["publicKey"]!.GetValue<string>().Should().MatchRegex("^pk_[A-Za-z0-9]{24}$");
        project["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>())
            .Should().Equal("https://shop.example.com", "http://localhost:3000", "https://*.example.org");
        project["categories"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("bug", "idea", "question", "praise", "other");
        project["widget"]!["position"]!.GetValue<string>().Should().Be("bottom-right");

        var listed = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/projects", Ct);
        listed!.Should().ContainSingle();
    }

    [Fact]
    public async Task Patch_changes_only_the_fields_sent_and_rotate_replaces_the_key()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Patchers");
        var project = await CreateProjectAsync(admin, org);
        var id = project["id"]!.GetValue<Guid>();

        using var patch = await admin.PatchAsync($"/api/v1/orgs/{org}/projects/{id}",
            ZeronApi.Json("{\"widget\":{\"accentColor\":\"#FF0000\",\"position\":\"bottom-left\"},\"categories\":[\"Bug\",\"bug\",\"UX\"]}"), Ct);
        patch.StatusCode.Should().Be(HttpStatusCode.OK);
        var patched = await patch.ReadJsonAsync();
        patched["name"]!.GetValue<string>().Should().Be("Site");
        patched["widget"]!["accentColor"]!.GetValue<string>().Should().Be("#ff0000");
        patched["widget"]!["title"]!.GetValue<string>().Should().Be(project["widget"]!["title"]!.GetValue<string>());
        patched["categories"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("bug", "ux");

        using var rotate = await admin.PostAsync($"/api/v1/orgs/{org}/projects/{id}/rotate-key", null, Ct);
        (await rotate.ReadJsonAsync())["publicKey"]!.GetValue<string>().Should().NotBe(project["publicKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_removes_the_project()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Deleters");
        var id = (await CreateProjectAsync(admin, org))["id"]!.GetValue<Guid>();
        (await admin.DeleteAsync($"/api/v1/orgs/{org}/projects/{id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"/api/v1/orgs/{org}/projects/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.DeleteAsync($"/api/v1/orgs/{org}/projects/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"name\":\"\"}", "name")]
    [InlineData("{\"name\":\"x\",\"allowedOrigins\":[\"https://example.com/path\"]}", "allowedOrigins[0]")]
    [InlineData("{\"name\":\"x\",\"allowedOrigins\":[\"javascript:alert(1)\"]}", "allowedOrigins[0]")]
    [InlineData("{\"name\":\"x\",\"allowedOrigins\":[\"http://*.example.com\"]}", "allowedOrigins[0]")]
    [InlineData("{\"name\":\"x\",\"allowedOrigins\":[\"*\"]}", "allowedOrigins[0]")]
    [InlineData("{\"name\":\"x\",\"categories\":[]}", "categories")]
    [InlineData("{\"name\":\"x\",\"widget\":{\"accentColor\":\"red\"}}", "widget.accentColor")]
    [InlineData("{\"name\":\"x\",\"widget\":{\"accentColor\":\"#ffffff\\n\"}}", "widget.accentColor")]
    [InlineData("{\"name\":\"x\",\"widget\":{\"position\":\"top\"}}", "widget.position")]
    public async Task Invalid_projects_are_400_with_the_field_named(string body, string field)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        using var response = await admin.PostAsync($"/api/v1/orgs/{org}/projects", ZeronApi.Json(body), Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Should().ContainKey(field);
    }

    [Theory]
    [InlineData("https://*.com")]
    [InlineData("https://*.co.uk")]
    [InlineData("https://*.github.io")]
    public async Task A_wildcard_origin_over_a_public_suffix_is_400_on_create_and_update(string origin)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Suffixes {Guid.NewGuid():N}");
        var created = await (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Wide", allowedOrigins = new[] { "https://*.example.com", origin } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        created["errors"]!["allowedOrigins[1]"]![0]!.GetValue<string>().Should().Contain("public suffix");

        var id = (await CreateProjectAsync(admin, org))["id"]!.GetValue<Guid>();
        var updated = await (await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/projects/{id}", new { allowedOrigins = new[] { origin } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        updated["errors"]!.AsObject().Should().ContainKey("allowedOrigins[0]");
        var project = await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{id}", Ct);
        project!["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()).Should().Equal("https://site.example");
    }

    [Fact]
    public async Task Members_can_read_but_not_change_projects()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Readers");
        var id = (await CreateProjectAsync(admin, org))["id"]!.GetValue<Guid>();
        using var member = await app.CreateMemberClientAsync(admin, org, "Member");
        (await member.GetAsync($"/api/v1/orgs/{org}/projects/{id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await member.PatchAsync($"/api/v1/orgs/{org}/projects/{id}", ZeronApi.Json("{\"name\":\"mine\"}"), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsync($"/api/v1/orgs/{org}/projects/{id}/rotate-key", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_organization_cannot_see_or_touch_a_project()
    {
        using var admin = await app.CreateAdminClientAsync();
        var victim = await admin.CreateOrganizationAsync("Victim Sites");
        var id = (await CreateProjectAsync(admin, victim))["id"]!.GetValue<Guid>();
        var mine = await admin.CreateOrganizationAsync("Attacker Sites");
        using var outsider = await app.CreateMemberClientAsync(admin, mine, "Owner");

        foreach (var (method, path) in new[] { ("GET", $"/projects/{id}"), ("PATCH", $"/projects/{id}"), ("DELETE", $"/projects/{id}"), ("POST", $"/projects/{id}/rotate-key"), ("GET", "/projects") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/v1/orgs/{victim}{path}") { Content = method == "PATCH" ? ZeronApi.Json("{\"name\":\"pwned\"}") : null };
            await (await outsider.SendAsync(request, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        // The project id under the attacker's own organization is simply not found.
        await (await outsider.GetAsync($"/api/v1/orgs/{mine}/projects/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{victim}/projects/{id}", Ct))!["name"]!.GetValue<string>().Should().Be("Site");
    }

    private static async Task<JsonObject> CreateProjectAsync(HttpClient admin, Guid org)
    {
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Site", allowedOrigins = new[] { "https://site.example" } });
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }
}
