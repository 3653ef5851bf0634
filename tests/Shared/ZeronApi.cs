using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zeron.Tests.Shared;

/// <summary>Small helpers over the public REST API, used by the tests exactly as an integrator would call it.</summary>
public static class ZeronApi
{
    public static async Task<string> GetTokenAsync(this ZeronAppFactory app, string email = ZeronAppFactory.AdminEmail, string password = ZeronAppFactory.AdminPassword)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["accessToken"]!.GetValue<string>();
    }

    /// <summary>A client that sends <c>Authorization: Bearer {token}</c> (a JWT or an API key).</summary>
    public static HttpClient CreateClient(this ZeronAppFactory app, string bearer)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }

    public static async Task<HttpClient> CreateAdminClientAsync(this ZeronAppFactory app) => app.CreateClient(await app.GetTokenAsync());

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static async Task<JsonArray> ReadJsonArrayAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonArray>())!;

    public static async Task<Guid> CreateOrganizationAsync(this HttpClient client, string name)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/orgs", new { name });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();
    }

    public static async Task<Guid> DemoOrganizationIdAsync(this HttpClient client)
    {
        var orgs = await client.GetFromJsonAsync<JsonArray>("/api/v1/orgs");
        return orgs!.Single(o => o!["slug"]!.GetValue<string>() == "demo")!["id"]!.GetValue<Guid>();
    }

    public static async Task<(Guid Id, string Key)> CreateApiKeyAsync(this HttpClient client, Guid organizationId, string name = "test key")
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/orgs/{organizationId}/api-keys", new { name });
        response.EnsureSuccessStatusCode();
        var body = await response.ReadJsonAsync();
        return (body["id"]!.GetValue<Guid>(), body["key"]!.GetValue<string>());
    }

    /// <summary>Creates a user as a member of the organization and returns a client signed in as that user.</summary>
    public static async Task<HttpClient> CreateMemberClientAsync(this ZeronAppFactory app, HttpClient owner, Guid organizationId, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        const string password = "Member-Password-123";
        await app.AddNewUserAsync(owner, organizationId, email, role, password);
        return app.CreateClient(await app.GetTokenAsync(email, password));
    }

    /// <summary>
    /// A new user as a member, the way people join: an Admin invites the email, the person opens the link and
    /// chooses <paramref name="password"/>.
    /// </summary>
    public static async Task AddNewUserAsync(this ZeronAppFactory app, HttpClient admin, Guid organizationId, string email, string role, string password)
    {
        var link = await admin.InviteAsync(organizationId, email, role);
        using var created = await app.CreateAccountFromLinkAsync(link, password);
        if (created.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Creating the account from the invitation failed: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Invites the email and returns the invitation's accept URL.</summary>
    public static async Task<string> InviteAsync(this HttpClient admin, Guid organizationId, string email, string role = "Member")
    {
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{organizationId}/members", new { email, role });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync())["acceptUrl"]!.GetValue<string>();
    }

    /// <summary>The token an invitation's accept URL carries: its last segment.</summary>
    public static string InvitationToken(string acceptUrl) => new Uri(acceptUrl).Segments[^1];

    /// <summary>The invitee accepts through the API with the token of the link they were sent.</summary>
    public static Task<HttpResponseMessage> AcceptInvitationAsync(this HttpClient user, object? invitationId, string acceptUrl) =>
        user.PostAsJsonAsync($"/api/v1/invitations/{invitationId}/accept", new { token = InvitationToken(acceptUrl) });

    /// <summary>The invitee declines through the API with the token of the link they were sent.</summary>
    public static Task<HttpResponseMessage> DeclineInvitationAsync(this HttpClient user, object? invitationId, string acceptUrl) =>
        user.PostAsJsonAsync($"/api/v1/invitations/{invitationId}/decline", new { token = InvitationToken(acceptUrl) });

    /// <summary>Posts the invitation page's new-account form (antiforgery token and all) as an anonymous browser would.</summary>
    public static async Task<HttpResponseMessage> CreateAccountFromLinkAsync(this ZeronAppFactory app, string acceptUrl, string password, string? confirmation = null)
    {
        using var browser = AdminSignIn.CookieClient(app, new System.Net.CookieContainer());
        var page = new Uri(acceptUrl).AbsolutePath;
        var token = await AdminSignIn.AntiforgeryTokenAsync(browser, page);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Password"] = password,
            ["ConfirmPassword"] = confirmation ?? password,
            ["__RequestVerificationToken"] = token,
        });
        return await browser.PostAsync($"{page}?handler=CreateAccount", form);
    }

    public static StringContent Json(string raw) => new(raw, System.Text.Encoding.UTF8, "application/json");

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
