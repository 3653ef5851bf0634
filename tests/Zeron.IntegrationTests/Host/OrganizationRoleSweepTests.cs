using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.SharedKernel.Tenancy;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Roles inside an organization, read from the routes themselves: every <c>/api/v1/orgs/{orgId}/…</c> endpoint either
/// carries <see cref="RequireOrganizationRoleAttribute"/> or is listed here as a member-level operation, so a new route
/// forces a decision; each guarded operation is 403 to the roles below its own and works for that role, with the
/// sweep's real project, item and webhook and a body that would succeed.
/// </summary>
public sealed partial class OrganizationRoleSweepTests(NulCharacterTests.SweepFactory app) : IClassFixture<NulCharacterTests.SweepFactory>
{
    private const string Origin = "https://roles.example.com";

    /// <summary>What every member of an organization may do (no role attribute): each entry is a decision, not a default.</summary>
    private static readonly string[] MemberOperations =
    [
        "GET /api/v1/orgs/{orgId}/members",
        "GET /api/v1/orgs/{orgId}/projects",
        "GET /api/v1/orgs/{orgId}/projects/{projectId}",
        "GET /api/v1/orgs/{orgId}/projects/{projectId}/feedback",
        "GET /api/v1/orgs/{orgId}/projects/{projectId}/feedback/export.csv",
        "GET /api/v1/orgs/{orgId}/feedback/{id}",
        "GET /api/v1/orgs/{orgId}/projects/{projectId}/feedback/search", // reading feedback, as the list: members triage
        "GET /api/v1/orgs/{orgId}/feedback/{id}/similar",
        "PATCH /api/v1/orgs/{orgId}/feedback/{id}",
        "POST /api/v1/orgs/{orgId}/feedback/{id}/messages",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_organization_route_requires_a_role_or_is_a_listed_member_operation()
    {
        var routes = OrganizationRoutes();

        routes.Where(r => r.Value is null && !MemberOperations.Contains(r.Key)).Select(r => r.Key)
            .Should().BeEmpty("a new organization route needs .RequireOrganizationRole(...) or an entry in MemberOperations");
        MemberOperations.Where(m => !routes.TryGetValue(m, out var role) || role is not null)
            .Should().BeEmpty("the list names existing routes without a role requirement only");
        routes.Where(r => r.Value >= OrganizationRole.Admin).Select(r => r.Key).Should().Contain(
        [
            "POST /api/v1/orgs/{orgId}/projects",
            "DELETE /api/v1/orgs/{orgId}/projects/{projectId}",
            "DELETE /api/v1/orgs/{orgId}/feedback/{id}",
            "POST /api/v1/orgs/{orgId}/projects/{projectId}/webhooks",
            "GET /api/v1/orgs/{orgId}/projects/{projectId}/webhooks/{webhookId}/deliveries",
            "DELETE /api/v1/orgs/{orgId}/api-keys/{id}",
        ], "the check reads the real route metadata");
    }

    [Fact]
    public async Task Each_guarded_operation_is_403_below_its_role_and_works_at_it_and_members_keep_member_operations()
    {
        using var owner = await app.CreateAdminClientAsync();
        var targets = await SweepTargets.CreateAsync(app, owner, Origin);
        var org = await owner.DemoOrganizationIdAsync();
        var document = JsonNode.Parse(await owner.GetStringAsync("/openapi/v1.json", Ct))!;
        using var member = await app.CreateMemberClientAsync(owner, org, "Member");
        using var admin = await app.CreateMemberClientAsync(owner, org, "Admin");
        var callers = new Dictionary<OrganizationRole, HttpClient>
        {
            [OrganizationRole.Member] = member, [OrganizationRole.Admin] = admin, [OrganizationRole.Owner] = owner,
        };

        // {id} is the sweep's feedback item; revoking needs a real key of the organization.
        var key = await owner.CreateApiKeyAsync(org, "to revoke");
        var urls = new Dictionary<string, string> { ["DELETE /api/v1/orgs/{orgId}/api-keys/{id}"] = $"/api/v1/orgs/{org}/api-keys/{key.Id}" };
        var operations = targets.OrganizationOperations(document)
            .Select(o => (o.Name, o.Verb, Url: urls.GetValueOrDefault(o.Name, o.Url), o.Body)).ToList();
        var routes = OrganizationRoutes();
        routes.Keys.Where(r => !operations.Any(o => o.Name == r)).Should().BeEmpty("every organization route is in the OpenAPI document, so it is swept");
        var guarded = operations.Where(o => routes[o.Name] is not null).ToList();
        var failures = new List<string>();

        foreach (var (name, verb, url, body) in guarded)
        {
            foreach (var role in callers.Keys.Where(r => r < routes[name]))
            {
                using var response = await SendAsync(callers[role], verb, url, body);
                if (response.StatusCode != HttpStatusCode.Forbidden || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{name} as {role}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)} (expected a 403 problem)");
                }
            }
        }

        // Then each at its own role: member operations first, deletes last, and a delete that others' paths hang on after them.
        var allowed = operations.Select(o => (Operation: o, Role: routes[o.Name] ?? OrganizationRole.Member))
            .OrderBy(o => o.Operation.Verb == HttpMethod.Delete)
            .ThenBy(o => operations.Count(other => other.Url.StartsWith(o.Operation.Url + "/", StringComparison.Ordinal)));
        foreach (var ((name, verb, url, body), role) in allowed)
        {
            using var response = await SendAsync(callers[role], verb, url, body);
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{name} as {role}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)} (expected success)");
            }
        }

        guarded.Should().HaveCountGreaterThan(10, "the sweep reaches the guarded operations");
        failures.Should().BeEmpty("each answered otherwise: {0}", string.Join(" | ", failures));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod verb, string url, JsonObject? body)
    {
        using var request = new HttpRequestMessage(verb, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    /// <summary>"VERB /api/v1/orgs/{orgId}/…" (as the OpenAPI document names it) → the role its metadata requires, or null.</summary>
    private Dictionary<string, OrganizationRole?> OrganizationRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/orgs/{orgId", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(verb =>
                (Name: $"{verb} {Constraint().Replace(e.RoutePattern.RawText!, "{$1}")}", e.Metadata.GetMetadata<RequireOrganizationRoleAttribute>()?.Role)))
            .ToDictionary(r => r.Name, r => r.Role);

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex Constraint();
}
