using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

public sealed class OrganizationsTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task First_run_seeded_the_Demo_organization_owned_by_the_admin()
    {
        using var admin = await app.CreateAdminClientAsync();
        var orgs = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/v1/orgs", Ct);
        var demo = orgs!.Single(o => o!["slug"]!.GetValue<string>() == "demo")!;
        demo["name"]!.GetValue<string>().Should().Be("Demo");
        demo["role"]!.GetValue<string>().Should().Be("Owner");
    }

    [Fact]
    public async Task Creating_an_organization_makes_the_caller_its_owner()
    {
        using var admin = await app.CreateAdminClientAsync();
        using var response = await admin.PostAsJsonAsync("/api/v1/orgs", new { name = "Acme Ltd." }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var org = await response.ReadJsonAsync();
        org["slug"]!.GetValue<string>().Should().StartWith("acme-ltd");
        org["role"]!.GetValue<string>().Should().Be("Owner");
        response.Headers.Location!.ToString().Should().Be($"/api/v1/orgs/{org["id"]}");

        var members = await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/v1/orgs/{org["id"]}/members", Ct);
        members!.Single()!["email"]!.GetValue<string>().Should().Be(ZeronAppFactory.AdminEmail);
    }

    [Fact]
    public async Task A_taken_slug_is_a_409()
    {
        using var admin = await app.CreateAdminClientAsync();
        var slug = $"taken-{Guid.NewGuid():N}"[..20];
        (await admin.PostAsJsonAsync("/api/v1/orgs", new { name = "First", slug }, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        using var second = await admin.PostAsJsonAsync("/api/v1/orgs", new { name = "Second", slug }, Ct);
        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("{\"name\":\"\"}", "name")]
    [InlineData("{\"name\":\"Ok\",\"slug\":\"Not A Slug!\"}", "slug")]
    [InlineData("{\"name\":\"Ok\",\"slug\":\"-x\"}", "slug")]
    [InlineData("{\"name\":\"bell\\u0007\\u0000name\"}", "name")]
    [InlineData("{\"name\":\"!!!\"}", "name")]
    public async Task Invalid_organizations_are_400_with_the_field_named(string body, string field)
    {
        using var admin = await app.CreateAdminClientAsync();
        using var response = await admin.PostAsync("/api/v1/orgs", ZeronApi.Json(body), Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Should().ContainKey(field);
    }

    [Fact]
    public async Task Overlong_name_is_rejected_and_nothing_is_created()
    {
        using var admin = await app.CreateAdminClientAsync();
        var before = (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/v1/orgs", Ct))!.Count;
        using var response = await admin.PostAsJsonAsync("/api/v1/orgs", new { name = new string('x', 10_000) }, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/v1/orgs", Ct))!.Count.Should().Be(before);
    }

    [Fact]
    public async Task Script_in_a_name_is_kept_as_text_and_returned_as_json_string()
    {
        using var admin = await app.CreateAdminClientAsync();
        using var response = await admin.PostAsJsonAsync("/api/v1/orgs", new { name = "<script>alert(1)</script> Corp" }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.ReadJsonAsync())["name"]!.GetValue<string>().Should().Be("<script>alert(1)</script> Corp");
    }

    [Fact]
    public async Task An_api_key_sees_only_its_own_organization_and_cannot_create_one()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Key Holder");
        var (_, key) = await admin.CreateApiKeyAsync(org);
        using var keyClient = app.CreateClient(key);

        var orgs = await keyClient.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/v1/orgs", Ct);
        orgs!.Select(o => o!["id"]!.GetValue<Guid>()).Should().Equal(org);

        using var create = await keyClient.PostAsJsonAsync("/api/v1/orgs", new { name = "Sneaky" }, Ct);
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
