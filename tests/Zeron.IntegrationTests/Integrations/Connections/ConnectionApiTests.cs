using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Connections;

/// <summary>The connections API on an app with the default (strict) target policy.</summary>
public sealed class ConnectionApiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Key() => $"sk-ant-api03-{Guid.NewGuid():N}";

    [Fact]
    public async Task Create_answers_201_without_the_key_which_no_read_returns_and_the_database_holds_encrypted()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Conn {Guid.NewGuid():N}");
        var key = Key();
        using var response = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org),
            new { kind = "anthropic", name = "Claude", apiKey = key, baseUrl = "https://api.anthropic.com/", model = "claude-haiku-4-5" }, Ct);

        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created, text);
        text.Should().NotContain(key).And.NotContain(key[^8..], "not even a hint of the key");
        var created = JsonNode.Parse(text)!.AsObject();
        created.Select(p => p.Key).Should().BeEquivalentTo(["id", "kind", "name", "baseUrl", "apiUrl", "email", "model", "createdAt", "updatedAt"]);
        created["apiUrl"].Should().BeNull();
        created["email"].Should().BeNull();
        created["kind"]!.GetValue<string>().Should().Be("anthropic");
        created["baseUrl"]!.GetValue<string>().Should().Be("https://api.anthropic.com");
        created["model"]!.GetValue<string>().Should().Be("claude-haiku-4-5");
        response.Headers.Location!.ToString().Should().Be($"{ConnectionPaths.Connections(org)}/{created["id"]}");

        var list = await admin.GetStringAsync(ConnectionPaths.Connections(org), Ct);
        var one = await admin.GetStringAsync(response.Headers.Location, Ct);
        list.Should().NotContain(key[^8..]);
        one.Should().NotContain(key[^8..]);
        JsonNode.Parse(list)!["items"]!.AsArray().Should().ContainSingle().Which!["id"]!.GetValue<Guid>().Should().Be(created["id"]!.GetValue<Guid>());
        JsonNode.Parse(one)!["name"]!.GetValue<string>().Should().Be("Claude");

        await using var db = await app.OpenDatabaseAsync();
        var stored = await db.ScalarAsync<string>("SELECT protected_secret FROM integrations.connections WHERE id = @id", ("id", created["id"]!.GetValue<Guid>()));
        stored.Should().NotBeNullOrEmpty().And.NotContain(key[^8..]).And.NotContain("sk-ant");
        (await db.ScalarAsync<long>("SELECT count(*) FROM integrations.connections WHERE protected_secret LIKE '%' || @k || '%'", ("k", key[^12..]))).Should().Be(0);
    }

    [Fact]
    public async Task An_openai_connection_without_base_url_or_model_gets_the_kinds_defaults()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Conn {Guid.NewGuid():N}");
        using var response = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), new { kind = "openai", name = "GPT", apiKey = "sk-proj-abc" }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await response.ReadJsonAsync();
        created["baseUrl"]!.GetValue<string>().Should().Be("https://api.openai.com");
        created["model"].Should().BeNull();
    }

    public static TheoryData<string, string> RefusedBodies => new()
    {
        { "{\"kind\":\"gemini\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\"}", "kind" },
        { "{\"kind\":\"Anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\"}", "kind" },
        { "{\"name\":\"G\",\"apiKey\":\"sk-secret-1\"}", "kind" },
        { "{\"kind\":\"anthropic\",\"apiKey\":\"sk-secret-1\"}", "name" },
        { "{\"kind\":\"anthropic\",\"name\":\"   \",\"apiKey\":\"sk-secret-1\"}", "name" },
        { "{\"kind\":\"anthropic\",\"name\":\"" + new string('n', 101) + "\",\"apiKey\":\"sk-secret-1\"}", "name" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\"}", "apiKey" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk secret 1\"}", "apiKey" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"http://169.254.169.254/latest\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"https://169.254.169.254\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"http://127.0.0.1:8080\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"https://127.0.0.1\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"https://localhost\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"https://[::1]\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"https://10.0.0.5\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"https://metadata.internal\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"http://api.anthropic.com\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"ftp://api.anthropic.com\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"https://u:p@api.anthropic.com\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"https://api.anthropic.com?x=1\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"baseUrl\":\"not a url\"}", "baseUrl" },
        { "{\"kind\":\"anthropic\",\"name\":\"G\",\"apiKey\":\"sk-secret-1\",\"model\":\"claude <script>\"}", "model" },
    };

    [Theory]
    [MemberData(nameof(RefusedBodies))]
    public async Task Unknown_kinds_missing_fields_and_non_public_or_plain_http_base_urls_are_400_naming_the_field(string body, string field)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Conn {Guid.NewGuid():N}");
        using var response = await admin.PostAsync(ConnectionPaths.Connections(org), ZeronApi.Json(body), Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal(field);
        problem.ToJsonString().Should().NotContain("secret 1").And.NotContain("sk-secret-1");
        await using var db = await app.OpenDatabaseAsync();
        (await db.ScalarAsync<long>("SELECT count(*) FROM integrations.connections WHERE organization_id = @org", ("org", org))).Should().Be(0);
    }

    [Fact]
    public async Task A_second_connection_with_the_same_name_in_any_case_is_409_and_another_organization_may_use_it()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Conn {Guid.NewGuid():N}");
        var other = await admin.CreateOrganizationAsync($"Conn {Guid.NewGuid():N}");
        (await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), new { kind = "anthropic", name = "Claude", apiKey = Key() }, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);

        var problem = await (await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), new { kind = "openai", name = " claude ", apiKey = Key() }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem["code"]!.GetValue<string>().Should().Be("connection.name_taken");
        (await admin.PostAsJsonAsync(ConnectionPaths.Connections(other), new { kind = "anthropic", name = "Claude", apiKey = Key() }, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);

        using var second = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), new { kind = "openai", name = "GPT", apiKey = Key() }, Ct);
        var gpt = await second.ReadJsonAsync();
        await (await admin.PatchAsJsonAsync($"{ConnectionPaths.Connections(org)}/{gpt["id"]}", new { name = "CLAUDE" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Patch_renames_resets_the_model_rotates_the_key_and_a_new_base_url_needs_the_key_again()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Conn {Guid.NewGuid():N}");
        using var created = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), new { kind = "anthropic", name = "Claude", apiKey = Key(), model = "claude-sonnet-4-5" }, Ct);
        var before = await created.ReadJsonAsync();
        var path = $"{ConnectionPaths.Connections(org)}/{before["id"]}";
        await using var db = await app.OpenDatabaseAsync();
        var secretBefore = await db.ScalarAsync<string>("SELECT protected_secret FROM integrations.connections WHERE id = @id", ("id", before["id"]!.GetValue<Guid>()));

        using var renamed = await admin.PatchAsJsonAsync(path, new { name = "Claude team", model = "" }, Ct);
        var after = await renamed.EnsureSuccessStatusCode().ReadJsonAsync();
        after["name"]!.GetValue<string>().Should().Be("Claude team");
        after["model"].Should().BeNull("an empty model goes back to the kind's default");
        after["baseUrl"]!.GetValue<string>().Should().Be("https://api.anthropic.com");
        (await db.ScalarAsync<string>("SELECT protected_secret FROM integrations.connections WHERE id = @id", ("id", before["id"]!.GetValue<Guid>()))).Should().Be(secretBefore);

        var moved = await (await admin.PatchAsJsonAsync(path, new { baseUrl = "https://gateway.example.com/anthropic" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        moved["errors"]!.AsObject().Select(e => e.Key).Should().Equal("apiKey");

        var rotated = Key();
        using var rotation = await admin.PatchAsJsonAsync(path, new { apiKey = rotated, baseUrl = "https://gateway.example.com/anthropic/" }, Ct);
        var text = await rotation.Content.ReadAsStringAsync(Ct);
        rotation.StatusCode.Should().Be(HttpStatusCode.OK, text);
        text.Should().NotContain(rotated[^8..]);
        JsonNode.Parse(text)!["baseUrl"]!.GetValue<string>().Should().Be("https://gateway.example.com/anthropic");
        JsonNode.Parse(text)!["updatedAt"]!.GetValue<DateTimeOffset>().Should().BeAfter(before["updatedAt"]!.GetValue<DateTimeOffset>());
        (await db.ScalarAsync<string>("SELECT protected_secret FROM integrations.connections WHERE id = @id", ("id", before["id"]!.GetValue<Guid>())))
            .Should().NotBe(secretBefore).And.NotContain(rotated[^8..]);

        var refused = await (await admin.PatchAsJsonAsync(path, new { apiKey = Key(), baseUrl = "http://169.254.169.254" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused["errors"]!.AsObject().Select(e => e.Key).Should().Equal("baseUrl");
    }

    [Fact]
    public async Task Delete_answers_204_then_the_connection_is_gone()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Conn {Guid.NewGuid():N}");
        using var created = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), new { kind = "openai", name = "GPT", apiKey = Key() }, Ct);
        var path = created.Headers.Location!.ToString();

        (await admin.DeleteAsync(path, Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await admin.GetAsync(path, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.DeleteAsync(path, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync($"{path}/check", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Members_are_403_and_other_organizations_404_for_every_connection_operation()
    {
        using var owner = await app.CreateAdminClientAsync();
        var org = await owner.CreateOrganizationAsync($"Conn {Guid.NewGuid():N}");
        using var created = await owner.PostAsJsonAsync(ConnectionPaths.Connections(org), new { kind = "anthropic", name = "Claude", apiKey = Key() }, Ct);
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        using var member = await app.CreateMemberClientAsync(owner, org, "Member");
        var strangersOrg = await owner.CreateOrganizationAsync($"Other {Guid.NewGuid():N}");
        using var stranger = await app.CreateMemberClientAsync(owner, strangersOrg, "Admin");

        foreach (var (caller, status, orgId) in new[] { (member, HttpStatusCode.Forbidden, org), (stranger, HttpStatusCode.NotFound, org), (stranger, HttpStatusCode.NotFound, strangersOrg) })
        {
            var path = ConnectionPaths.Connections(orgId);
            if (orgId != strangersOrg)
            {
                await (await caller.GetAsync(path, Ct)).ShouldBeProblemAsync(status);
                await (await caller.PostAsJsonAsync(path, new { kind = "anthropic", name = "Mine", apiKey = Key() }, Ct)).ShouldBeProblemAsync(status);
            }

            await (await caller.GetAsync($"{path}/{id}", Ct)).ShouldBeProblemAsync(status);
            await (await caller.PatchAsJsonAsync($"{path}/{id}", new { name = "Taken over" }, Ct)).ShouldBeProblemAsync(status);
            await (await caller.PostAsync($"{path}/{id}/check", null, Ct)).ShouldBeProblemAsync(status);
            await (await caller.DeleteAsync($"{path}/{id}", Ct)).ShouldBeProblemAsync(status);
        }

        (await stranger.GetFromJsonAsync<JsonObject>(ConnectionPaths.Connections(strangersOrg), Ct))!["items"]!.AsArray().Should().BeEmpty();
        (await owner.GetFromJsonAsync<JsonObject>($"{ConnectionPaths.Connections(org)}/{id}", Ct))!["name"]!.GetValue<string>().Should().Be("Claude");
    }
}
