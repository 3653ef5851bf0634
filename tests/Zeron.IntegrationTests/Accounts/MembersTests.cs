using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>Adding members (always an invitation, ADR 18), removing them, and who may do either.</summary>
public sealed class MembersTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Known_and_unknown_emails_get_indistinguishable_201s_and_nobody_is_created_or_added()
    {
        using var admin = await app.CreateAdminClientAsync();
        var elsewhere = await admin.CreateOrganizationAsync("Elsewhere");
        var org = await admin.CreateOrganizationAsync("Hiring Co");
        var known = $"known-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(admin, elsewhere, known, "Member", "Known-Password-1");
        var unknown = $"unknown-{Guid.NewGuid():N}@example.test";
        await using var db = await app.OpenDatabaseAsync();
        var users = await db.ScalarAsync<long>("SELECT count(*) FROM accounts.users");

        using var toKnown = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = known, role = "Admin" }, Ct);
        using var toUnknown = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = unknown, role = "Admin" }, Ct);

        toKnown.StatusCode.Should().Be(HttpStatusCode.Created);
        toUnknown.StatusCode.Should().Be(HttpStatusCode.Created);
        HeaderNames(toKnown).Should().Equal(HeaderNames(toUnknown));
        var (knownBody, unknownBody) = (await toKnown.ReadJsonAsync(), await toUnknown.ReadJsonAsync());
        Shape(knownBody).Should().Equal(Shape(unknownBody));
        Shape(knownBody).Select(p => p.Name).Should().Equal("id", "email", "role", "status", "expiresAt", "createdAt", "acceptUrl");
        foreach (var body in new[] { knownBody, unknownBody })
        {
            body["status"]!.GetValue<string>().Should().Be("pending");
            body["role"]!.GetValue<string>().Should().Be("Admin");
            body["acceptUrl"]!.GetValue<string>().Should().StartWith($"{app.BaseAddress.ToString().TrimEnd('/')}/admin/invitations/");
            (body["expiresAt"]!.GetValue<DateTimeOffset>() - body["createdAt"]!.GetValue<DateTimeOffset>()).Should().Be(TimeSpan.FromDays(7));
        }

        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.users")).Should().Be(users, "no account exists before the invitation is accepted");
        var hashes = await db.ScalarAsync<long>("SELECT count(*) FROM accounts.invitations WHERE organization_id = @org AND token_hash IS NOT NULL AND length(token_hash) = 32", ("org", org));
        hashes.Should().Be(2, "both are stored the same way, the token only as its hash");
        var members = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/members", Ct);
        members!.Select(m => m!["email"]!.GetValue<string>()).Should().NotContain(known, "an existing user joins only by accepting");
    }

    [Fact]
    public async Task Inviting_a_member_is_409_and_inviting_a_pending_email_again_replaces_its_link()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Reissue Co");
        var member = $"member-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(admin, org, member, "Member", "Member-Password-1");
        await (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = member.ToUpperInvariant(), role = "Admin" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var email = $"again-{Guid.NewGuid():N}@example.test";
        var first = await admin.InviteAsync(org, email);
        var second = await admin.InviteAsync(org, email, "Admin");

        second.Should().NotBe(first);
        using var client = app.CreateClient();
        (await client.GetAsync(new Uri(first).AbsolutePath, Ct)).StatusCode.Should().Be(HttpStatusCode.Gone, "the first link was replaced");
        var pending = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct);
        pending!.Should().ContainSingle(i => i!["email"]!.GetValue<string>() == email).Which!["role"]!.GetValue<string>().Should().Be("Admin");
        pending!.Should().OnlyContain(i => i!["acceptUrl"] == null, "a link is shown only once");
    }

    [Fact]
    public async Task The_same_email_invited_many_times_at_once_leaves_one_pending_invitation_and_409s_never_a_500()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Race Co");
        var email = $"race-{Guid.NewGuid():N}@example.test";

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email, role = "Admin" }, Ct);
            return response.StatusCode;
        }));

        answers.Should().Contain(HttpStatusCode.Created).And.OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        var pending = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct);
        pending!.Count(i => i!["email"]!.GetValue<string>() == email).Should().Be(1);
    }

    [Fact]
    public async Task Removing_a_member_ends_their_access_and_renews_their_security_stamp_and_the_last_owner_stays()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync("Removal Co");
        var email = $"leaving-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(owner, org, email, "Member", "Leaving-Password-1");
        using var leaving = app.CreateClient(await app.GetTokenAsync(email, "Leaving-Password-1"));
        var userId = await MemberIdAsync(owner, org, email);
        await using var db = await app.OpenDatabaseAsync();
        var stamp = await db.ScalarAsync<string>("SELECT security_stamp FROM accounts.users WHERE id = @id", ("id", userId));
        (await leaving.GetAsync($"/api/v1/orgs/{org}/members", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        using (var removed = await owner.DeleteAsync($"/api/v1/orgs/{org}/members/{userId}", Ct))
        {
            removed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        var ended = await (await leaving.GetAsync($"/api/v1/orgs/{org}/members", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        ended["detail"]!.GetValue<string>().Should().Contain("session has ended", "the removal renewed the stamp, which ends the token");
        using var signedInAgain = app.CreateClient(await app.GetTokenAsync(email, "Leaving-Password-1"));
        await (await signedInAgain.GetAsync($"/api/v1/orgs/{org}/members", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await db.ScalarAsync<string>("SELECT security_stamp FROM accounts.users WHERE id = @id", ("id", userId))).Should().NotBe(stamp);
        await (await owner.DeleteAsync($"/api/v1/orgs/{org}/members/{userId}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var ownerId = await MemberIdAsync(owner, org, ZeronAppFactory.AdminEmail);
        var problem = await (await owner.DeleteAsync($"/api/v1/orgs/{org}/members/{ownerId}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem["detail"]!.GetValue<string>().Should().Contain("last Owner");
        (await MemberIdAsync(owner, org, ZeronAppFactory.AdminEmail)).Should().Be(ownerId);
    }

    [Fact]
    public async Task An_owner_removes_another_owner_but_an_admin_cannot()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync("Owners Co");
        var second = $"owner-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(owner, org, second, "Owner", "Second-Owner-1");
        using var orgAdmin = await app.CreateMemberClientAsync(owner, org, "Admin");
        var secondId = await MemberIdAsync(owner, org, second);

        await (await orgAdmin.DeleteAsync($"/api/v1/orgs/{org}/members/{secondId}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await owner.DeleteAsync($"/api/v1/orgs/{org}/members/{secondId}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Only_an_owner_invites_an_owner_and_members_get_403_on_the_admin_only_routes()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync("Roles Org");
        using var orgAdmin = await app.CreateMemberClientAsync(owner, org, "Admin");
        using var member = await app.CreateMemberClientAsync(owner, org, "Member");
        var invitation = (await (await owner.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = $"i-{Guid.NewGuid():N}@example.test" }, Ct)).ReadJsonAsync())["id"];
        var ownerId = await MemberIdAsync(owner, org, ZeronAppFactory.AdminEmail);

        await (await orgAdmin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = "o@example.test", role = "Owner" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = "m@example.test", role = "Member" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.GetAsync($"/api/v1/orgs/{org}/invitations", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.DeleteAsync($"/api/v1/orgs/{org}/invitations/{invitation}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.DeleteAsync($"/api/v1/orgs/{org}/members/{ownerId}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await member.GetAsync($"/api/v1/orgs/{org}/members", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "members may see who else is in");
        (await orgAdmin.GetAsync($"/api/v1/orgs/{org}/invitations", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await owner.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = $"o-{Guid.NewGuid():N}@example.test", role = "Owner" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var members = await owner.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/members", Ct);
        members!.Should().HaveCount(3, "the owner, the admin and the member; the invited are not members");
    }

    [Theory]
    [InlineData("{\"email\":\"not-an-email\",\"role\":\"Member\"}", "email")]
    [InlineData("{\"email\":\"\",\"role\":\"Member\"}", "email")]
    [InlineData("{\"email\":\"a@example.test\",\"role\":99}", "role")]
    public async Task Invalid_members_are_400_with_the_field_named(string body, string field)
    {
        using var admin = await app.CreateAdminClientAsync();
        using var response = await admin.PostAsync($"/api/v1/orgs/{await admin.DemoOrganizationIdAsync()}/members", ZeronApi.Json(body), Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Should().ContainKey(field);
    }

    [Theory]
    [InlineData("{\"email\":\"a@example.test\",\"role\":\"SuperAdmin\"}")]
    [InlineData("{\"email\":[\"a@example.test\"],\"role\":\"Member\"}")]
    public async Task Mistyped_members_are_400(string body)
    {
        using var admin = await app.CreateAdminClientAsync();
        using var response = await admin.PostAsync($"/api/v1/orgs/{await admin.DemoOrganizationIdAsync()}/members", ZeronApi.Json(body), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    internal static async Task<string> MemberRoleAsync(HttpClient admin, Guid org, Guid userId)
    {
        var members = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/members", Ct);
        return members!.Single(m => m!["userId"]!.GetValue<Guid>() == userId)!["role"]!.GetValue<string>();
    }

    internal static async Task<Guid> MemberIdAsync(HttpClient admin, Guid org, string email)
    {
        var members = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/members", Ct);
        return members!.Single(m => string.Equals(m!["email"]!.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase))!["userId"]!.GetValue<Guid>();
    }

    private static List<string> HeaderNames(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers).Select(h => h.Key).Order(StringComparer.Ordinal).ToList();

    private static List<(string Name, System.Text.Json.JsonValueKind Kind)> Shape(JsonObject body) =>
        body.Select(p => (p.Key, p.Value?.GetValueKind() ?? System.Text.Json.JsonValueKind.Null)).ToList();
}
