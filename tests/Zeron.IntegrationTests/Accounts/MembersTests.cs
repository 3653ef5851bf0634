using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

public sealed class MembersTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Adding_a_new_email_creates_a_user_who_can_sign_in_and_see_the_organization()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Hiring Co");
        var email = $"new-{Guid.NewGuid():N}@example.test";
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email, role = "Admin" }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var added = await response.ReadJsonAsync();
        added["userCreated"]!.GetValue<bool>().Should().BeTrue();
        var password = added["temporaryPassword"]!.GetValue<string>();

        using var newcomer = app.CreateClient(await app.GetTokenAsync(email, password));
        var orgs = await newcomer.GetFromJsonAsync<JsonArray>("/api/v1/orgs", Ct);
        orgs!.Should().ContainSingle().Which!["role"]!.GetValue<string>().Should().Be("Admin");

        var members = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/members", Ct);
        members!.Select(m => m!["email"]!.GetValue<string>()).Should().Contain(email);
    }

    [Fact]
    public async Task An_existing_user_joins_without_a_new_password_and_twice_is_409()
    {
        using var admin = await app.CreateAdminClientAsync();
        var first = await admin.CreateOrganizationAsync("First Org");
        var second = await admin.CreateOrganizationAsync("Second Org");
        var email = $"both-{Guid.NewGuid():N}@example.test";
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{first}/members", new { email, role = "Member", password = "Both-Password-1" }, Ct)).EnsureSuccessStatusCode();

        using var join = await admin.PostAsJsonAsync($"/api/v1/orgs/{second}/members", new { email, role = "Member" }, Ct);
        var joined = await join.ReadJsonAsync();
        joined["userCreated"]!.GetValue<bool>().Should().BeFalse();
        joined["temporaryPassword"].Should().BeNull();

        using var again = await admin.PostAsJsonAsync($"/api/v1/orgs/{second}/members", new { email, role = "Admin" }, Ct);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_same_new_email_added_many_times_at_once_gives_one_member_and_409s_never_a_500()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Race Co");
        var email = $"race-{Guid.NewGuid():N}@example.test";

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email, role = "Admin" }, Ct);
            return (response.StatusCode, Body: response.IsSuccessStatusCode ? await response.ReadJsonAsync() : null);
        }));

        var added = answers.Should().ContainSingle(a => a.StatusCode == HttpStatusCode.Created, "one request adds the member").Subject.Body!;
        added["userCreated"]!.GetValue<bool>().Should().BeTrue("the request that created the user is the one that answers 201");
        var password = added["temporaryPassword"]!.GetValue<string>();
        answers.Where(a => a.StatusCode != HttpStatusCode.Created).Should().OnlyContain(a => a.StatusCode == HttpStatusCode.Conflict, "the others find it added");
        (await app.GetTokenAsync(email, password)).Should().NotBeNullOrEmpty("the generated password shown is the user's");
        var members = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/members", Ct);
        members!.Count(m => m!["email"]!.GetValue<string>() == email).Should().Be(1);
    }

    [Fact]
    public async Task Only_an_owner_grants_owner_and_members_cannot_add_anyone()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync("Roles Org");
        using var orgAdmin = await app.CreateMemberClientAsync(owner, org, "Admin");
        using var member = await app.CreateMemberClientAsync(owner, org, "Member");

        await (await orgAdmin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = "o@example.test", role = "Owner" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = "m@example.test", role = "Member" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await member.GetAsync($"/api/v1/orgs/{org}/members", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "members may see who else is in");
        (await owner.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = $"o-{Guid.NewGuid():N}@example.test", role = "Owner" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("{\"email\":\"not-an-email\",\"role\":\"Member\"}", "email")]
    [InlineData("{\"email\":\"\",\"role\":\"Member\"}", "email")]
    [InlineData("{\"email\":\"a@example.test\",\"role\":\"Member\",\"password\":\"short\"}", "password")]
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
}
