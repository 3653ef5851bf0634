using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Search;

/// <summary>
/// Feedback with embeddings put straight into the table: one text <c>COPY</c> as the database owner (thousands of rows
/// in one round trip; row-level security admits no <c>COPY FROM</c> for the app's role), with vectors the test chooses.
/// </summary>
internal static class SearchSeed
{
    public const string Model = "test/vectors";

    public sealed record Row(string Message, float[]? Vector, DateTimeOffset? CreatedAt = null, string Model = Model);

    public static async Task<IReadOnlyList<Guid>> AddEmbeddedAsync(this ZeronAppFactory app, Guid organizationId, Guid projectId, IEnumerable<Row> rows)
    {
        await using var connection = await app.OpenDatabaseAsync();
        var ids = new List<Guid>();
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        await using (var writer = await connection.BeginTextImportAsync(
            "COPY feedback.feedback_items (id, organization_id, project_id, client_id, message, category, status, metadata, tags, conversation_id, created_at, updated_at, embedding, embedding_model) FROM STDIN"))
        {
            foreach (var row in rows)
            {
                var id = Guid.CreateVersion7();
                ids.Add(id);
                var at = (row.CreatedAt ?? start.AddSeconds(ids.Count)).ToString("O", CultureInfo.InvariantCulture);
                var vector = row.Vector is null ? @"\N" : Literal(row.Vector);
                var model = row.Vector is null ? @"\N" : row.Model;
                await writer.WriteLineAsync(string.Join('\t', id, organizationId, projectId, id.ToString("N"), Escape(row.Message), "bug", "New", "{}", "{}",
                    Guid.NewGuid(), at, at, vector, model));
            }
        }

        return ids;
    }

    /// <summary>A new organization of the admin with one new project.</summary>
    public static async Task<(HttpClient Api, Guid Org, Guid Project)> NewProjectAsync(this ZeronAppFactory app, string name)
    {
        var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync(name);
        return (api, org, await api.NewProjectAsync(org));
    }

    public static async Task<Guid> NewProjectAsync(this HttpClient api, Guid org)
    {
        using var created = await api.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = $"Search {Guid.NewGuid():N}" });
        return (await created.EnsureSuccessStatusCode().ReadJsonAsync())["id"]!.GetValue<Guid>();
    }

    /// <summary>pgvector's text form: <c>[0.1,0.2,…]</c>.</summary>
    public static string Literal(float[] vector) => "[" + string.Join(',', vector.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]";

    /// <summary>A unit vector pointing mostly along <paramref name="axis"/>, tilted towards <paramref name="towards"/> by <paramref name="tilt"/>.</summary>
    public static float[] Unit(int axis, int towards = 0, float tilt = 0)
    {
        var v = new float[384];
        v[axis] = 1;
        v[towards] += tilt;
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }

    private static string Escape(string text) =>
        new StringBuilder(text).Replace(@"\", @"\\").Replace("\t", @"\t").Replace("\n", @"\n").Replace("\r", @"\r").ToString();
}
