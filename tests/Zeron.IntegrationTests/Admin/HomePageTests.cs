using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Admin;

/// <summary>The admin home by role: Admins and Owners get the setup checklist and the invitation count; Members only the numbers.</summary>
public sealed class HomePageTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Password = "Home-Password-123";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_sees_the_numbers_but_neither_the_checklist_nor_the_pending_invitations()
    {
        using var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync($"Home roles {Guid.NewGuid():N}"[..24]);
        var member = $"member-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(api, org, member, "Member", Password);
        await api.InviteAsync(org, $"pending-{Guid.NewGuid():N}@example.test");

        using var owner = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);
        var ownersHome = WebUtility.HtmlDecode(await owner.GetStringAsync("/admin", Ct));
        ownersHome.Should().Contain("data-testid=\"setup-checklist\"").And.Contain("<span class=\"metric\">2</span> members (+1 invited)");

        using var client = await AdminPages.SignedInAsync(app, member, Password, org);
        var membersHome = WebUtility.HtmlDecode(await client.GetStringAsync("/admin", Ct));
        membersHome.Should().Contain("data-testid=\"stat-members\"").And.Contain("<span class=\"metric\">2</span> members");
        membersHome.Should().NotContain("setup-checklist").And.NotContain("Setup complete").And.NotContain("invited");
    }
}
