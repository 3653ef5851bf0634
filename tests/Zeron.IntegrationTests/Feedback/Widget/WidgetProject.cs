using System.Net.Http.Json;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>A project created through the admin API, as a customer would set one up, and what tests read of its data.</summary>
public sealed record WidgetProject(ZeronAppFactory App, Guid OrganizationId, Guid Id, string Key)
{
    public static async Task<WidgetProject> CreateAsync(ZeronAppFactory app, string[]? origins = null, string[]? categories = null)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Widget {Guid.NewGuid():N}");
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects",
            new { name = "Shop", allowedOrigins = origins ?? ["https://shop.example.com"], categories });
        response.EnsureSuccessStatusCode();
        var project = await response.ReadJsonAsync();
        return new WidgetProject(app, org, project["id"]!.GetValue<Guid>(), project["publicKey"]!.GetValue<string>());
    }

    /// <summary>Issues a new key; this record keeps the old one (now retired).</summary>
    public async Task<string> RotateKeyAsync()
    {
        using var admin = await App.CreateAdminClientAsync();
        using var response = await admin.PostAsync($"/api/v1/orgs/{OrganizationId}/projects/{Id}/rotate-key", null);
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync())["publicKey"]!.GetValue<string>();
    }

    /// <summary>PATCH through the admin API (only the members of <paramref name="changes"/> change).</summary>
    public async Task UpdateAsync(object changes)
    {
        using var admin = await App.CreateAdminClientAsync();
        using var response = await admin.PatchAsJsonAsync($"/api/v1/orgs/{OrganizationId}/projects/{Id}", changes);
        response.EnsureSuccessStatusCode();
    }

    public async Task DeleteAsync()
    {
        using var admin = await App.CreateAdminClientAsync();
        using var response = await admin.DeleteAsync(new Uri($"/api/v1/orgs/{OrganizationId}/projects/{Id}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Rows this project has in <c>feedback.feedback_items</c>, read as the owner (past row-level security).</summary>
    public Task<long> CountItemsAsync() => ScalarAsync<long>("SELECT count(*) FROM feedback.feedback_items WHERE project_id = @id");

    /// <summary>Everything stored for the project: items, their messages and their outbox events.</summary>
    public Task<long> CountStoredAsync() => ScalarAsync<long>(
        "SELECT (SELECT count(*) FROM feedback.feedback_items WHERE project_id = @id) " +
        "+ (SELECT count(*) FROM feedback.conversation_messages m JOIN feedback.feedback_items f ON f.id = m.feedback_item_id WHERE f.project_id = @id) " +
        "+ (SELECT count(*) FROM feedback.outbox_messages WHERE payload->>'projectId' = @id::text)");

    /// <summary>Runs <paramref name="sql"/> as the owner with <c>@id</c> = this project's id.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var db = await App.OpenDatabaseAsync();
        return await db.ScalarAsync<T>(sql, ("id", Id));
    }
}
