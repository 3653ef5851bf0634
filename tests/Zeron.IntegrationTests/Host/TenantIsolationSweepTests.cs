using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Every organization operation in the OpenAPI document (a new module's included, with no list to keep), aimed at an
/// organization with a real project and item, answers 404 to an owner of another organization and to another
/// organization's API key — with a body that would succeed for a member — and changes nothing.
/// </summary>
public sealed class TenantIsolationSweepTests(NulCharacterTests.SweepFactory app) : IClassFixture<NulCharacterTests.SweepFactory>
{
    private const string Origin = "https://tenants.example.com";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_organization_operation_is_404_to_other_organizations_users_and_keys_and_changes_nothing()
    {
        using var admin = await app.CreateAdminClientAsync();
        var targets = await SweepTargets.CreateAsync(app, admin, Origin);
        var document = JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json", Ct))!;
        var victim = await admin.DemoOrganizationIdAsync();
        var before = await SnapshotAsync(admin, victim);
        var otherOrg = await admin.CreateOrganizationAsync("Other Tenant");
        using var outsider = await app.CreateMemberClientAsync(admin, otherOrg, "Owner");
        using var foreignKey = app.CreateClient((await admin.CreateApiKeyAsync(otherOrg)).Key);
        var operations = targets.OrganizationOperations(document).ToList();
        var failures = new List<string>();

        foreach (var (caller, client) in new[] { ("an owner of another organization", outsider), ("another organization's API key", foreignKey) })
        {
            foreach (var (name, verb, url, body) in operations)
            {
                using var request = new HttpRequestMessage(verb, url) { Content = body is null ? null : JsonContent.Create(body) };
                using var response = await client.SendAsync(request, Ct);
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{name} as {caller}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
                }
            }
        }

        operations.Should().Contain(o => o.Name == "DELETE /api/v1/orgs/{orgId}/projects/{projectId}", "the sweep reaches every module's organization routes, deletes too");
        operations.Should().Contain(o => o.Name == "POST /api/v1/orgs/{orgId}/members");
        operations.Should().Contain(o => o.Name == "DELETE /api/v1/orgs/{orgId}/members/{userId}");
        operations.Should().Contain(o => o.Name == "DELETE /api/v1/orgs/{orgId}/invitations/{invitationId}");
        failures.Should().BeEmpty();
        (await SnapshotAsync(admin, victim)).Should().Equal(before, "nothing of the organization changed");
    }

    /// <summary>What an admin sees of the organization: its projects, each project's feedback and webhooks, members, invitations, API keys.</summary>
    private static async Task<List<string>> SnapshotAsync(HttpClient admin, Guid org)
    {
        var projects = await admin.GetStringAsync($"/api/v1/orgs/{org}/projects", Ct);
        var shown = new List<string>
        {
            projects,
            await admin.GetStringAsync($"/api/v1/orgs/{org}/members", Ct),
            await admin.GetStringAsync($"/api/v1/orgs/{org}/invitations", Ct),
            await admin.GetStringAsync($"/api/v1/orgs/{org}/api-keys", Ct),
        };
        foreach (var project in JsonNode.Parse(projects)!.AsArray())
        {
            shown.Add(await admin.GetStringAsync($"/api/v1/orgs/{org}/projects/{project!["id"]}/feedback", Ct));
            shown.Add(await admin.GetStringAsync($"/api/v1/orgs/{org}/projects/{project["id"]}/webhooks", Ct));
        }

        return shown;
    }
}
