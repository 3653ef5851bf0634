using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Admin;

/// <summary>
/// The admin UI's own forms, posted over HTTP with their antiforgery tokens by an organization Owner who is not a
/// system administrator: the organization switcher (and a forged <c>zeron_org</c> cookie), adding members, creating
/// organizations, and the item page's status and tags.
/// </summary>
public sealed class AdminFormsTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Password = "Owner-Password-1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Switching_to_a_foreign_organization_by_the_switcher_or_a_forged_cookie_gives_no_access()
    {
        var owner = await OwnerAsync();
        var victim = await VictimAsync();
        using var root = await app.CreateAdminClientAsync();
        var victimMembers = await root.GetStringAsync($"/api/v1/orgs/{victim.Org}/members", Ct);

        // The switcher refuses an organization the user is not in: no cookie for it, the own organization stays current.
        var token = await AdminSignIn.AntiforgeryTokenAsync(owner.Browser, "/admin");
        using (var switched = await owner.Browser.PostAsync("/admin/switch-organization", Form(("organizationId", victim.Org.ToString()), ("returnUrl", "/admin/settings/members"), ("__RequestVerificationToken", token)), Ct))
        {
            switched.StatusCode.Should().Be(HttpStatusCode.Redirect);
            (switched.Headers.TryGetValues("Set-Cookie", out var set) ? set : []).Should().NotContain(c => c.StartsWith("zeron_org=", StringComparison.Ordinal), "no cookie names a foreign organization");
        }

        (await owner.Browser.GetStringAsync("/admin/settings/members", Ct)).Should().Contain(owner.OrgName).And.NotContain(victim.OrgName);

        // A forged cookie naming the victim organization: its item is not found, its inbox is not shown, posts do not reach it.
        owner.Cookies.Add(app.BaseAddress, new Cookie("zeron_org", victim.Org.ToString()));
        using (var item = await owner.Browser.GetAsync($"/admin/feedback/items/{victim.Item}", Ct))
        {
            item.StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await item.Content.ReadAsStringAsync(Ct)).Should().NotContain(victim.Message);
        }

        (await owner.Browser.GetStringAsync("/admin/feedback/inbox", Ct)).Should().NotContain(victim.Message).And.NotContain(victim.OrgName);
        (await owner.Browser.GetStringAsync("/admin/settings/members", Ct)).Should().Contain(owner.OrgName).And.NotContain(victim.OrgName);

        // A post aimed at the victim's item (with a valid token of the user's own session) changes nothing there.
        var ownToken = await AdminSignIn.AntiforgeryTokenAsync(owner.Browser, $"/admin/feedback/items/{owner.Item}");
        (await owner.Browser.PostAsync($"/admin/feedback/items/{victim.Item}?handler=Triage", Form(("status", "Spam"), ("tags", "hacked"), ("__RequestVerificationToken", ownToken)), Ct)).Dispose();

        using (var added = await AdminPages.PostAsync(owner.Browser, "/admin/settings/members", "", ("Email", $"intruder-{Guid.NewGuid():N}@example.test"), ("Role", "Admin")))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var victimItem = await root.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{victim.Org}/feedback/{victim.Item}", Ct);
        victimItem!["item"]!["status"]!.GetValue<string>().Should().Be("New", "nothing reached the foreign item");
        victimItem["item"]!["tags"]!.AsArray().Should().BeEmpty();
        (await root.GetStringAsync($"/api/v1/orgs/{victim.Org}/members", Ct)).Should().Be(victimMembers, "the member was added to the user's own organization, if anywhere");
    }

    [Fact]
    public async Task The_members_page_invites_a_member_with_a_link_shown_once_and_a_member_cannot_invite_anyone()
    {
        var owner = await OwnerAsync();
        var email = $"added-{Guid.NewGuid():N}@example.test";

        using (var added = await AdminPages.PostAsync(owner.Browser, "/admin/settings/members", "", ("Email", email), ("Role", "Member")))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var page = await owner.Browser.GetStringAsync("/admin/settings/members", Ct);
        page.Should().Contain($"Invited {email} as Member.");
        var link = System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"invitation-link\">([^<]+)<").Groups[1].Value;
        link.Should().NotBeEmpty("the invitation link is shown once");
        (await owner.Api.GetStringAsync($"/api/v1/orgs/{owner.Org}/members", Ct)).Should().NotContain(email, "nobody joins before accepting");
        const string password = "Invited-Password-123";
        using (var accepted = await app.CreateAccountFromLinkAsync(WebUtility.HtmlDecode(link), password))
        {
            accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await owner.Api.GetStringAsync($"/api/v1/orgs/{owner.Org}/members", Ct)).Should().Contain(email);

        // The new member signs in with it and tries the same form.
        var cookies = new CookieContainer();
        using var member = AdminSignIn.CookieClient(app, cookies);
        (await AdminSignIn.SignInAsync(member, email, password)).Dispose();
        cookies.Add(app.BaseAddress, new Cookie("zeron_org", owner.Org.ToString()));
        (await member.GetStringAsync("/admin/settings/members", Ct)).Should().NotContain("Invite a member");
        var other = $"by-member-{Guid.NewGuid():N}@example.test";
        using (var refused = await AdminPages.PostAsync(member, "/admin/settings/members", "", ("Email", other), ("Role", "Member")))
        {
            refused.Headers.Location?.ToString().Should().Contain("/admin/denied");
        }

        (await owner.Api.GetStringAsync($"/api/v1/orgs/{owner.Org}/members", Ct)).Should().NotContain(other);
    }

    [Fact]
    public async Task The_organizations_page_creates_an_organization_owned_by_the_user_and_makes_it_current()
    {
        var owner = await OwnerAsync();
        var name = $"Created {Guid.NewGuid():N}"[..24];

        using (var created = await AdminPages.PostAsync(owner.Browser, "/admin/settings/organizations", "", ("Name", name)))
        {
            created.StatusCode.Should().Be(HttpStatusCode.Redirect);
            created.Headers.Location!.ToString().Should().Be("/admin/settings/members");
        }

        var orgs = await owner.Api.GetFromJsonAsync<JsonArray>("/api/v1/orgs", Ct);
        var org = orgs!.Should().ContainSingle(o => o!["name"]!.GetValue<string>() == name).Subject!;
        org["role"]!.GetValue<string>().Should().Be("Owner");
        (owner.Cookies.GetCookies(app.BaseAddress)["zeron_org"]?.Value).Should().Be(org["id"]!.GetValue<Guid>().ToString());
        (await owner.Browser.GetStringAsync("/admin/settings/members", Ct)).Should().Contain($"Members of {name}");

        using (var empty = await AdminPages.PostAsync(owner.Browser, "/admin/settings/organizations", "", ("Name", "")))
        {
            empty.StatusCode.Should().Be(HttpStatusCode.OK);
            (await empty.Content.ReadAsStringAsync(Ct)).Should().Contain("class=\"alert error\"");
        }

        (await owner.Api.GetFromJsonAsync<JsonArray>("/api/v1/orgs", Ct))!.Should().HaveCount(orgs.Count, "nothing was created without a name");
    }

    [Fact]
    public async Task The_item_page_saves_status_and_tags_in_one_post()
    {
        var owner = await OwnerAsync();

        using (var saved = await AdminPages.PostAsync(owner.Browser, $"/admin/feedback/items/{owner.Item}", "Triage", ("status", "Planned"), ("tags", " checkout, ui ,,")))
        {
            saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var item = (await ItemAsync(owner))["item"]!;
        item["status"]!.GetValue<string>().Should().Be("Planned");
        item["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("checkout", "ui");
        var page = await owner.Browser.GetStringAsync($"/admin/feedback/items/{owner.Item}", Ct);
        page.Should().Contain("Status and tags saved.").And.Contain("<option value=\"Planned\" selected=\"selected\">");
    }

    [Theory]
    [InlineData("Bogus")]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("planned")]
    [InlineData(null)]
    public async Task The_item_page_refuses_a_status_that_is_not_one_with_400_and_leaves_the_item_unchanged(string? value)
    {
        var owner = await OwnerAsync();
        using (var planned = await AdminPages.PostAsync(owner.Browser, $"/admin/feedback/items/{owner.Item}", "Triage", ("status", "Planned"), ("tags", "kept")))
        {
            planned.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        using var refused = await AdminPages.PostAsync(
            owner.Browser, $"/admin/feedback/items/{owner.Item}", "Triage", value is null ? [("tags", "changed")] : [("status", value), ("tags", "changed")]);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        html.Should().Contain("id=\"status-error\"").And.Contain("Choose a status").And.Contain("aria-invalid=\"true\"");
        html.Should().Contain(owner.Message, "the item's page is shown again");
        var item = (await ItemAsync(owner))["item"]!;
        item["status"]!.GetValue<string>().Should().Be("Planned");
        item["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal(["kept"], "a refused save changes the tags neither");
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    private static async Task<JsonObject> ItemAsync(Owner owner) =>
        (await owner.Api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{owner.Org}/feedback/{owner.Item}", Ct))!;

    /// <summary>A new user who owns a new organization with one item, signed in to the admin UI (and to the API).</summary>
    private async Task<Owner> OwnerAsync()
    {
        using var root = await app.CreateAdminClientAsync();
        var name = $"Forms {Guid.NewGuid():N}"[..20];
        var org = await root.CreateOrganizationAsync(name);
        var email = $"forms-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(root, org, email, "Owner", Password);

        var item = await ItemInNewProjectAsync(root, org, $"Own item {Guid.NewGuid():N}");
        var cookies = new CookieContainer();
        var browser = AdminSignIn.CookieClient(app, cookies);
        (await AdminSignIn.SignInAsync(browser, email, Password)).Dispose();
        return new Owner(browser, cookies, app.CreateClient(await app.GetTokenAsync(email, Password)), org, name, item.Id, item.Message);
    }

    /// <summary>An organization the owner is not in (the administrator's), with an item.</summary>
    private async Task<(Guid Org, string OrgName, Guid Item, string Message)> VictimAsync()
    {
        using var root = await app.CreateAdminClientAsync();
        var name = $"Victim {Guid.NewGuid():N}"[..20];
        var org = await root.CreateOrganizationAsync(name);
        var item = await ItemInNewProjectAsync(root, org, $"Secret of the victim {Guid.NewGuid():N}");
        return (org, name, item.Id, item.Message);
    }

    private async Task<(Guid Id, string Message)> ItemInNewProjectAsync(HttpClient root, Guid org, string message)
    {
        using var created = await root.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Forms site" }, Ct);
        var project = (await created.EnsureSuccessStatusCode().ReadJsonAsync())["id"]!.GetValue<Guid>();
        return (await app.AddItemAsync(org, project, message), message);
    }

    private sealed record Owner(HttpClient Browser, CookieContainer Cookies, HttpClient Api, Guid Org, string OrgName, Guid Item, string Message);
}
