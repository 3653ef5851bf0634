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
        using var response = await owner.PostAsJsonAsync($"/api/v1/orgs/{organizationId}/members", new { email, role, password });
        response.EnsureSuccessStatusCode();
        return app.CreateClient(await app.GetTokenAsync(email, password));
    }

    public static StringContent Json(string raw) => new(raw, System.Text.Encoding.UTF8, "application/json");

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
