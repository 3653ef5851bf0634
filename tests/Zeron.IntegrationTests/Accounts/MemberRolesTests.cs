using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>
/// <c>PATCH /api/v1/orgs/{orgId}/members/{userId}</c> <c>{role}</c>: Owners change roles, the change applies to the
/// member's next request, and the last Owner can be neither demoted nor removed — not even by two Owners at once.
/// </summary>
public sealed class MemberRolesTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Password = "Role-Password-123";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_owner_changes_a_role_and_it_applies_to_the_members_next_request_in_the_same_session()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync("Promotions Co");
        var (email, id, member) = await NewMemberAsync(owner, org, "Member");
        await (await InviteAsync(member, org)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var promoted = await PatchAsync(owner, org, id, new { role = "Admin" });

        promoted.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await promoted.ReadJsonAsync();
        body.Select(p => p.Key).Should().Equal("userId", "email", "role", "joinedAt");
        (body["userId"]!.GetValue<Guid>(), body["email"]!.GetValue<string>(), body["role"]!.GetValue<string>()).Should().Be((id, email, "Admin"));
        (await InviteAsync(member, org)).StatusCode.Should().Be(HttpStatusCode.Created, "the same token now acts as Admin");

        (await PatchAsync(owner, org, id, new { role = "Member" })).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await InviteAsync(member, org)).ShouldBeProblemAsync(HttpStatusCode.Forbidden); // demoted at once, no sign-in needed
        (await member.GetAsync($"/api/v1/orgs/{org}/members", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "still a member");
    }

    [Fact]
    public async Task Only_owners_change_roles_and_other_organizations_and_unknown_users_are_404()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync("Who Promotes Co");
        var (_, id, member) = await NewMemberAsync(owner, org, "Member");
        var (_, _, orgAdmin) = await NewMemberAsync(owner, org, "Admin");
        using var key = app.CreateClient((await owner.CreateApiKeyAsync(org)).Key);
        var other = await owner.CreateOrganizationAsync("Other Promotes Co");
        using var outsider = await app.CreateMemberClientAsync(owner, other, "Owner");

        await (await PatchAsync(orgAdmin, org, id, new { role = "Admin" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PatchAsync(member, org, id, new { role = "Owner" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PatchAsync(key, org, id, new { role = "Admin" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PatchAsync(outsider, org, id, new { role = "Admin" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await PatchAsync(owner, other, id, new { role = "Admin" })).ShouldBeProblemAsync(HttpStatusCode.NotFound); // not a member there
        await (await PatchAsync(owner, org, Guid.NewGuid(), new { role = "Admin" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await MembersTests.MemberRoleAsync(owner, org, id)).Should().Be("Member", "nothing above changed the role");
    }

    [Theory]
    [InlineData("{\"role\":99}")]
    [InlineData("{\"role\":null}")]
    [InlineData("{}")]
    [InlineData("")]
    public async Task A_missing_or_unknown_role_is_a_400_naming_role(string body)
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync("Bad Role Co");
        var (_, id, _) = await NewMemberAsync(owner, org, "Member");
        using var content = body.Length == 0 ? null : ZeronApi.Json(body);

        var problem = await (await owner.PatchAsync($"/api/v1/orgs/{org}/members/{id}", content, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Should().ContainKey("role");
    }

    [Fact]
    public async Task A_role_that_is_no_role_name_is_a_400()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync("Boss Co");
        var (_, id, _) = await NewMemberAsync(owner, org, "Member");

        await (await owner.PatchAsync($"/api/v1/orgs/{org}/members/{id}", ZeronApi.Json("{\"role\":\"Boss\"}"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await MembersTests.MemberRoleAsync(owner, org, id)).Should().Be("Member");
    }

    [Fact]
    public async Task The_last_owner_can_be_neither_demoted_nor_removed_until_there_is_another()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync("Last Owner Co");
        var ownerId = await MembersTests.MemberIdAsync(owner, org, ZeronAppFactory.AdminEmail);
        var (_, id, _) = await NewMemberAsync(owner, org, "Admin");

        var demoted = await (await PatchAsync(owner, org, ownerId, new { role = "Admin" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        demoted["detail"]!.GetValue<string>().Should().Contain("last Owner");
        var removed = await (await owner.DeleteAsync($"/api/v1/orgs/{org}/members/{ownerId}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        removed["detail"]!.GetValue<string>().Should().Contain("last Owner");
        (await PatchAsync(owner, org, ownerId, new { role = "Owner" })).StatusCode.Should().Be(HttpStatusCode.OK, "staying Owner is no demotion");

        (await PatchAsync(owner, org, id, new { role = "Owner" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PatchAsync(owner, org, ownerId, new { role = "Member" })).StatusCode.Should().Be(HttpStatusCode.OK, "another Owner now exists");
        (await MembersTests.MemberRoleAsync(owner, org, ownerId)).Should().Be("Member");
    }

    [Fact]
    public async Task Two_owners_demoting_or_removing_each_other_at_once_always_leave_an_owner()
    {
        using var first = await app.CreateAdminClientAsync();
        var firstId = await MembersTests.MemberIdAsync(first, await first.DemoOrganizationIdAsync(), ZeronAppFactory.AdminEmail);
        for (var round = 0; round < 6; round++)
        {
            var org = await first.CreateOrganizationAsync($"Coup Co {round}");
            var (_, secondId, second) = await NewMemberAsync(first, org, "Owner");
            using var firstRequest = round % 2 == 0
                ? PatchRequest(org, secondId, "Member")
                : new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/orgs/{org}/members/{secondId}");
            using var secondRequest = PatchRequest(org, firstId, "Admin");

            var answers = await Task.WhenAll(first.SendAsync(firstRequest, Ct), second.SendAsync(secondRequest, Ct));

            answers.Count(a => a.IsSuccessStatusCode).Should().Be(1, $"round {round}: one of the two must lose");
            if (round % 2 == 0)
            {
                // The loser waited on the lock and then was no Owner any more (403): it can never leave none.
                answers.Single(a => !a.IsSuccessStatusCode).StatusCode.Should().BeOneOf(HttpStatusCode.Conflict, HttpStatusCode.Forbidden);
            }
            await using var db = await app.OpenDatabaseAsync();
            (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.memberships WHERE organization_id = @org AND role = 'Owner'", ("org", org)))
                .Should().Be(1, $"round {round}");
            foreach (var answer in answers)
            {
                answer.Dispose();
            }

            second.Dispose();
        }
    }

    private async Task<(string Email, Guid Id, HttpClient Client)> NewMemberAsync(HttpClient owner, Guid org, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(owner, org, email, role, Password);
        return (email, await MembersTests.MemberIdAsync(owner, org, email), app.CreateClient(await app.GetTokenAsync(email, Password)));
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, Guid org, Guid userId, object body) =>
        client.PatchAsJsonAsync($"/api/v1/orgs/{org}/members/{userId}", body, Ct);

    private static HttpRequestMessage PatchRequest(Guid org, Guid userId, string role) =>
        new(HttpMethod.Patch, $"/api/v1/orgs/{org}/members/{userId}") { Content = JsonContent.Create(new { role }) };

    private static Task<HttpResponseMessage> InviteAsync(HttpClient client, Guid org) =>
        client.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = $"invited-{Guid.NewGuid():N}@example.test", role = "Member" }, Ct);
}
