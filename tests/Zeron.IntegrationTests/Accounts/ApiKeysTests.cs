using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Npgsql;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

public sealed class ApiKeysTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_key_is_shown_once_stored_hashed_and_listed_by_prefix()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Keys Inc");
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "ci" }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await response.ReadJsonAsync();
        var key = created["key"]!.GetValue<string>();
        key.Should().StartWith("zk_").And.StartWith(created["prefix"]!.GetValue<string>());

        var listed = await admin.GetStringAsync($"/api/v1/orgs/{org}/api-keys", Ct);
        listed.Should().Contain(created["prefix"]!.GetValue<string>()).And.NotContain(key);

        await using var db = await app.OpenDatabaseAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM accounts.api_keys WHERE position(@key in encode(secret_hash, 'escape')) > 0 OR name = @key OR prefix = @key", db);
        command.Parameters.AddWithValue("key", key);
        ((long)(await command.ExecuteScalarAsync(Ct))!).Should().Be(0, "the secret must only be stored as a hash");
    }

    [Fact]
    public async Task A_key_authenticates_records_last_use_and_stops_working_once_revoked()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Revokers");
        var (id, key) = await admin.CreateApiKeyAsync(org);
        using var keyClient = app.CreateClient(key);

        (await keyClient.GetAsync($"/api/v1/orgs/{org}/members", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var keys = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/api-keys", Ct);
        keys!.Single(k => k!["id"]!.GetValue<Guid>() == id)!["lastUsedAt"].Should().NotBeNull();

        (await admin.DeleteAsync($"/api/v1/orgs/{org}/api-keys/{id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        using var after = await keyClient.GetAsync($"/api/v1/orgs/{org}/members", Ct);
        await after.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await admin.DeleteAsync($"/api/v1/orgs/{org}/api-keys/{id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent, "revoking twice is harmless");
    }

    [Fact]
    public async Task A_tampered_key_with_a_valid_prefix_is_rejected()
    {
        using var admin = await app.CreateAdminClientAsync();
        var (_, key) = await admin.CreateApiKeyAsync(await admin.DemoOrganizationIdAsync());
        using var client = app.CreateClient(key[..^1] + (key[^1] == 'a' ? 'b' : 'a'));
        using var response = await client.GetAsync("/api/v1/orgs", Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Keys_cannot_mint_or_revoke_keys()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("No Minting");
        var (id, key) = await admin.CreateApiKeyAsync(org);
        using var keyClient = app.CreateClient(key);
        await (await keyClient.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "more" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await keyClient.DeleteAsync($"/api/v1/orgs/{org}/api-keys/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Members_without_admin_role_cannot_manage_keys()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Plain Members");
        using var member = await app.CreateMemberClientAsync(admin, org, "Member");
        await (await member.GetAsync($"/api/v1/orgs/{org}/api-keys", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsJsonAsync($"/api/v1/orgs/{org}/api-keys", new { name = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"name\":\"\"}")]
    [InlineData("{\"name\":123}")]
    public async Task Invalid_key_requests_are_400(string body)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        using var response = await admin.PostAsync($"/api/v1/orgs/{org}/api-keys", ZeronApi.Json(body), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_is_404()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        using var response = await admin.DeleteAsync($"/api/v1/orgs/{org}/api-keys/{Guid.NewGuid()}", Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
