using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>
/// Every organization route answers 404 — never data, never 403 — to a user who is not a member and to an API key
/// of another organization, for unknown organizations too.
/// </summary>
public sealed class TenantIsolationTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string?> Routes => new()
    {
        { "GET", "/api/v1/orgs/{org}/api-keys", null },
        { "POST", "/api/v1/orgs/{org}/api-keys", "{\"name\":\"x\"}" },
        { "DELETE", "/api/v1/orgs/{org}/api-keys/{key}", null },
        { "GET", "/api/v1/orgs/{org}/members", null },
        { "POST", "/api/v1/orgs/{org}/members", "{\"email\":\"intruder@example.test\",\"role\":\"Owner\"}" },
        { "DELETE", "/api/v1/orgs/{org}/members/{key}", null },
        { "GET", "/api/v1/orgs/{org}/invitations", null },
        { "DELETE", "/api/v1/orgs/{org}/invitations/{key}", null },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Another_organizations_user_gets_404(string method, string route, string? body)
    {
        var (victim, victimKey) = await VictimAsync();
        using var owner = await app.CreateAdminClientAsync();
        var otherOrg = await owner.CreateOrganizationAsync("Attacker Org");
        using var outsider = await app.CreateMemberClientAsync(owner, otherOrg, "Owner");
        await AssertNotFoundAsync(outsider, method, route.Replace("{org}", victim.ToString()).Replace("{key}", victimKey.ToString()), body);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Another_organizations_api_key_gets_404(string method, string route, string? body)
    {
        var (victim, victimKey) = await VictimAsync();
        using var owner = await app.CreateAdminClientAsync();
        var (_, foreignKey) = await owner.CreateApiKeyAsync(await owner.CreateOrganizationAsync("Foreign Keys"));
        using var keyClient = app.CreateClient(foreignKey);
        await AssertNotFoundAsync(keyClient, method, route.Replace("{org}", victim.ToString()).Replace("{key}", victimKey.ToString()), body);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Unknown_organizations_are_404(string method, string route, string? body)
    {
        using var admin = await app.CreateAdminClientAsync();
        await AssertNotFoundAsync(admin, method, route.Replace("{org}", Guid.NewGuid().ToString()).Replace("{key}", Guid.NewGuid().ToString()), body);
    }

    [Fact]
    public async Task A_key_id_of_another_organization_is_404_even_in_my_own_organization()
    {
        var (_, victimKey) = await VictimAsync();
        using var admin = await app.CreateAdminClientAsync();
        var mine = await admin.CreateOrganizationAsync("Mine");
        using var response = await admin.DeleteAsync($"/api/v1/orgs/{mine}/api-keys/{victimKey}", Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_invitation_or_member_of_another_organization_is_404_even_in_my_own_organization()
    {
        using var admin = await app.CreateAdminClientAsync();
        var victim = await admin.CreateOrganizationAsync("Victim Invites");
        await admin.InviteAsync(victim, $"victim-{Guid.NewGuid():N}@example.test");
        var invitation = (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{victim}/invitations", Ct))!.Single()!["id"];
        var email = $"victim-member-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(admin, victim, email, "Member", "Victim-Member-1");
        var member = await MembersTests.MemberIdAsync(admin, victim, email);
        var mine = await admin.CreateOrganizationAsync("Mine Too");

        await (await admin.DeleteAsync($"/api/v1/orgs/{mine}/invitations/{invitation}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.DeleteAsync($"/api/v1/orgs/{mine}/members/{member}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{victim}/invitations", Ct))!.Should().ContainSingle().Which!["status"]!.GetValue<string>().Should().Be("pending");
        (await MembersTests.MemberIdAsync(admin, victim, email)).Should().Be(member);
    }

    private async Task<(Guid Org, Guid Key)> VictimAsync()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync("Victim");
        var (key, _) = await owner.CreateApiKeyAsync(org);
        return (org, key);
    }

    private static async Task AssertNotFoundAsync(HttpClient client, string method, string path, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : ZeronApi.Json(body) };
        using var response = await client.SendAsync(request, Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.ToJsonString().Should().NotContain("Victim");
    }
}
