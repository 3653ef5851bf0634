using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// PostgreSQL text cannot hold U+0000. Every operation in the OpenAPI document gets NUL in each string field of its
/// body and in each query parameter, one at a time: the answer is a 4xx problem, never a 500. New endpoints are swept
/// too, since the list comes from the document.
/// </summary>
public sealed class NulCharacterTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Nul = "a\u0000b";
    private const string Origin = "https://nul.example.com";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Nul_in_any_body_field_or_query_parameter_is_a_4xx_problem_never_a_500()
    {
        using var admin = await app.CreateAdminClientAsync();
        var ids = await CreateTargetsAsync(admin);
        var document = JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json", Ct))!;
        var failures = new List<string>();
        var sent = 0;

        foreach (var (template, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject().Where(o => o.Key is not "options" and not "delete"))
            {
                var path = ids.Aggregate(template, (p, id) => p.Replace(id.Key, id.Value, StringComparison.Ordinal));
                foreach (var (field, request) in Requests(document, method, path, operation!, ids))
                {
                    using (request)
                    using (var response = await admin.SendAsync(request, Ct))
                    {
                        sent++;
                        var type = response.Content.Headers.ContentType?.MediaType;
                        if ((int)response.StatusCode is < 400 or >= 500 || type != "application/problem+json")
                        {
                            failures.Add($"{method.ToUpperInvariant()} {template} {field}: {(int)response.StatusCode} {type}");
                        }
                        else if ((await response.Content.ReadAsStringAsync(Ct)).Contains("cannot be stored", StringComparison.Ordinal))
                        {
                            // The exception handler's net caught it: the field's validator lacks NoNulCharacters().
                            failures.Add($"{method.ToUpperInvariant()} {template} {field}: reached PostgreSQL");
                        }
                    }
                }
            }
        }

        sent.Should().BeGreaterThan(40, "the sweep must reach the operations' fields");
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Nul_in_an_admin_form_or_inbox_filter_is_refused_or_shown_never_a_500()
    {
        var cookies = new CookieContainer();
        using var client = AdminSignIn.CookieClient(app, cookies);
        var token = await AdminSignIn.AntiforgeryTokenAsync(client, "/admin/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Nul,
            ["Password"] = "whatever-password",
            ["__RequestVerificationToken"] = token,
        });
        using (var refused = await client.PostAsync("/admin/login", form, Ct))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, "ASP.NET Core's form reader refuses NUL in form data");
        }

        (await AdminSignIn.SignInAsync(client, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();
        foreach (var filter in new[] { "q", "category", "status", "from", "to", "cursor", "hasEmail", "project" })
        {
            using var inbox = await client.GetAsync($"/admin/feedback/inbox?{filter}={Uri.EscapeDataString(Nul)}", Ct);
            inbox.StatusCode.Should().Be(HttpStatusCode.OK, $"the inbox shows a bad '{filter}' filter as an error on the page");
        }
    }

    private async Task<Dictionary<string, string>> CreateTargetsAsync(HttpClient admin)
    {
        var org = await admin.DemoOrganizationIdAsync();
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "NUL sweep", allowedOrigins = new[] { Origin } }, Ct);
        var project = await created.ReadJsonAsync();
        var projectId = project["id"]!.GetValue<Guid>();
        var item = await app.AddItemAsync(org, projectId, "a message to answer");
        return new()
        {
            ["{orgId}"] = org.ToString(),
            ["{projectId}"] = projectId.ToString(),
            ["{id}"] = item.ToString(),
            ["{conversationId}"] = Guid.NewGuid().ToString(),
            ["{webhookId}"] = Guid.NewGuid().ToString(),
            ["pk_"] = project["publicKey"]!.GetValue<string>(),
        };
    }

    /// <summary>One request per string field of the body (from the documented example, or built from the schema) and per query parameter.</summary>
    private static IEnumerable<(string Field, HttpRequestMessage Request)> Requests(
        JsonNode document, string method, string path, JsonNode operation, Dictionary<string, string> ids)
    {
        var verb = new HttpMethod(method.ToUpperInvariant());
        var query = (operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "query")
            .Select(p => p!["name"]!.GetValue<string>()).ToList();
        var media = operation["requestBody"]?["content"]?["application/json"];
        var schema = Resolve(document, media?["schema"]);
        var body = media is null ? null : (media["example"]?.DeepClone() ?? Sample(document, schema)) as JsonObject;
        if (body?["projectKey"] is not null)
        {
            body["projectKey"] = ids["pk_"];
        }

        foreach (var name in query)
        {
            var others = query.Where(q => q != name).Select(q => q == "key" ? $"key={ids["pk_"]}" : null).OfType<string>();
            var url = $"{path}?{string.Join('&', others.Append($"{name}={Uri.EscapeDataString(Nul)}"))}";
            yield return ($"?{name}", Build(verb, url, body?.ToJsonString()));
        }

        foreach (var (name, property) in Resolve(document, schema)?["properties"]?.AsObject() ?? [])
        {
            var types = Types(Resolve(document, property));
            JsonNode? nul = types.Contains("string") ? JsonValue.Create(Nul)
                : types.Contains("array") && Types(Resolve(document, property!["items"])).Contains("string") ? new JsonArray(JsonValue.Create(Nul))
                : null;
            // "website" is the widget's honeypot: any value gets a pretend 201 and nothing is stored (WidgetSubmitTests).
            if (nul is null || body is null || name == "website")
            {
                continue;
            }

            var hostile = body.DeepClone().AsObject();
            hostile[name] = nul;
            var url = query.Contains("key") ? $"{path}?key={ids["pk_"]}" : path;
            yield return ($"body.{name}", Build(verb, url, hostile.ToJsonString()));
        }
    }

    private static HttpRequestMessage Build(HttpMethod method, string url, string? json)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Origin", Origin);
        if (json is not null && method != HttpMethod.Get)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static JsonNode? Resolve(JsonNode document, JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference
            ? document["components"]!["schemas"]![reference.Split('/')[^1]]
            : schema;

    private static string[] Types(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToArray(),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    private static JsonObject Sample(JsonNode document, JsonNode? schema)
    {
        var sample = new JsonObject();
        foreach (var (name, property) in Resolve(document, schema)?["properties"]?.AsObject() ?? [])
        {
            var types = Types(Resolve(document, property));
            sample[name] = types.Contains("string") ? "x" : types.Contains("integer") || types.Contains("number") ? 1
                : types.Contains("boolean") ? false : types.Contains("array") ? new JsonArray() : null;
        }

        return sample;
    }
}
