using System.Net.Http.Json;
using Zeron.Tests.Shared;

namespace Zeron.BrowserTests.Infrastructure;

/// <summary>
/// Every admin page as a URL with real route values (<see cref="AdminPageRoutes"/>): a project of the Demo organization
/// (the admin's current one) with a feedback item from <paramref name="origin"/>, a webhook, an invitation, an API key
/// and a second member, so that every page shows its tables.
/// </summary>
public sealed record SeededPages(Guid Project, Guid Item, Guid Webhook, string Invitation, IReadOnlyList<string> Urls)
{
    public static async Task<SeededPages> CreateAsync(ZeronAppFactory app, string origin, CancellationToken ct)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Seeded shop", allowedOrigins = new[] { origin } }, ct);
        var project = await created.EnsureSuccessStatusCode().ReadJsonAsync();
        var key = project["publicKey"]!.GetValue<string>();
        using var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/v1/feedback?key={key}")
        {
            Content = JsonContent.Create(new { projectKey = key, clientId = Guid.NewGuid().ToString("N"), message = "A seeded feedback item" }),
        };
        submit.Headers.Add("Origin", origin);
        using var submitted = await admin.SendAsync(submit, ct);
        var item = await submitted.EnsureSuccessStatusCode().ReadJsonAsync();
        using var hooked = await admin.PostAsJsonAsync(
            $"/api/v1/orgs/{org}/projects/{project["id"]}/webhooks", new { url = "https://hooks.example.com/seeded", events = new[] { "feedback.created" } }, ct);
        var webhook = await hooked.EnsureSuccessStatusCode().ReadJsonAsync();
        var (projectId, itemId, webhookId) = (project["id"]!.GetValue<Guid>(), item["id"]!.GetValue<Guid>(), webhook["id"]!.GetValue<Guid>());
        var invitation = await AdminPageRoutes.InvitationTokenAsync(admin, org);
        await admin.CreateApiKeyAsync(org, "Seeded key");
        await app.AddNewUserAsync(admin, org, $"seeded-{Guid.NewGuid():N}@example.test", "Member", "Member-Password-123");
        var urls = AdminPageRoutes.Of(app)
            .Where(r => !r.EndsWith(".csv", StringComparison.Ordinal)) // a download renders nothing
            .Select(route => AdminPageRoutes.Url(route, projectId, itemId, webhookId, invitation))
            .ToList();
        return new SeededPages(projectId, itemId, webhookId, invitation, urls);
    }
}
