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
/// PostgreSQL text cannot hold U+0000. Every operation in the OpenAPI document is first sent its documented example (it
/// must succeed), then the same body with NUL inside each string field, one at a time: each is refused with a 400 that
/// names the field. Query parameters get NUL too: a 4xx problem. Nothing may reach PostgreSQL (the exception handler's
/// net would say "cannot be stored"). New endpoints are swept too, since the list comes from the document.
/// </summary>
public sealed class NulCharacterTests(NulCharacterTests.SweepFactory app) : IClassFixture<NulCharacterTests.SweepFactory>
{
    private const string Origin = "https://nul.example.com";
    private const string NulText = "a\u0000b";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Nul_in_any_string_field_of_a_documented_body_is_a_400_naming_the_field()
    {
        using var admin = await app.CreateAdminClientAsync();
        var targets = await SweepTargets.CreateAsync(app, admin, Origin);
        var document = JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json", Ct))!;
        var failures = new List<string>();
        var checkedFields = new List<string>();

        foreach (var (name, verb, url, example, schema) in targets.BodyOperations(document))
        {
            if (example is null)
            {
                failures.Add($"{name}: the OpenAPI document has no example of its body to start from");
                continue;
            }

            using (var baseline = await admin.SendAsync(Request(verb, url, targets.Baseline(name, example)), Ct))
            {
                if (name == SweepTargets.ChangePassword)
                {
                    // It ends every session of its caller (ADR 17): sign in again for what follows.
                    admin.DefaultRequestHeaders.Authorization = new("Bearer", await app.GetTokenAsync());
                }

                if (!baseline.IsSuccessStatusCode)
                {
                    failures.Add($"{name}: the documented example got {(int)baseline.StatusCode} {await baseline.Content.ReadAsStringAsync(Ct)}");
                    continue;
                }
            }

            foreach (var (field, hostile, isEnum) in WithNul(document, schema, targets.Baseline(name, example)))
            {
                using var response = await admin.SendAsync(Request(verb, url, hostile), Ct);
                checkedFields.Add($"{name} {field}");
                var problem = await response.Content.ReadAsStringAsync(Ct);
                var errors = response.StatusCode == HttpStatusCode.BadRequest ? JsonNode.Parse(problem)?["errors"]?.AsObject() : null;
                var named = errors?.Any(e => e.Key.StartsWith(field, StringComparison.OrdinalIgnoreCase)) == true;
                var unreadable = isEnum && response.StatusCode == HttpStatusCode.BadRequest; // no such enum value: refused as the body is read
                if (!named && !unreadable)
                {
                    failures.Add($"{name} {field}: {(int)response.StatusCode} {problem}");
                }
            }
        }

        failures.Should().BeEmpty();
        checkedFields.Should().HaveCountGreaterThan(30, "the sweep must reach the operations' string fields");
    }

    [Fact]
    public async Task Nul_in_any_query_parameter_is_a_4xx_problem_that_never_reaches_postgresql()
    {
        using var admin = await app.CreateAdminClientAsync();
        var targets = await SweepTargets.CreateAsync(app, admin, Origin);
        var document = JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json", Ct))!;
        var failures = new List<string>();
        var sent = 0;

        foreach (var (name, verb, url, body) in targets.QueryProbes(document, NulText))
        {
            using var response = await admin.SendAsync(Request(verb, url, body), Ct);
            sent++;
            var type = response.Content.Headers.ContentType?.MediaType;
            var problem = await response.Content.ReadAsStringAsync(Ct);
            if ((int)response.StatusCode is < 400 or >= 500 || type != "application/problem+json" || problem.Contains("cannot be stored", StringComparison.Ordinal))
            {
                failures.Add($"{name}: {(int)response.StatusCode} {type} {problem}");
            }
        }

        failures.Should().BeEmpty();
        sent.Should().BeGreaterThan(10);
    }

    [Fact]
    public async Task Nul_in_an_admin_form_or_inbox_filter_is_refused_or_shown_never_a_500()
    {
        var cookies = new CookieContainer();
        using var client = AdminSignIn.CookieClient(app, cookies);
        var token = await AdminSignIn.AntiforgeryTokenAsync(client, "/admin/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = NulText,
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
            using var inbox = await client.GetAsync($"/admin/feedback/inbox?{filter}={Uri.EscapeDataString(NulText)}", Ct);
            inbox.StatusCode.Should().Be(HttpStatusCode.OK, $"the inbox shows a bad '{filter}' filter as an error on the page");
        }
    }

    private static HttpRequestMessage Request(HttpMethod verb, string url, JsonObject? body)
    {
        var request = new HttpRequestMessage(verb, url);
        request.Headers.Add("Origin", Origin);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>The body with NUL inside one string (or first array string) at a time, nested objects included.</summary>
    private static IEnumerable<(string Field, JsonObject Body, bool IsEnum)> WithNul(JsonNode document, JsonNode? schema, JsonObject body, string prefix = "")
    {
        foreach (var (name, property) in OpenApiSchemas.Properties(document, schema))
        {
            var types = OpenApiSchemas.Types(document, property);
            var isEnum = OpenApiSchemas.IsEnum(document, property);
            var path = prefix + name;
            JsonNode? hostile = types.Contains("string") ? Nul(body[name]?.GetValue<string>())
                : types.Contains("array") && OpenApiSchemas.Types(document, property?["items"]).Contains("string")
                    ? new JsonArray(Nul(body[name]?.AsArray().FirstOrDefault()?.GetValue<string>()))
                    : null;
            if (hostile is not null && name != "website") // the widget's honeypot: any value gets a pretend 201, nothing stored
            {
                var copy = body.DeepClone().AsObject();
                copy[name] = hostile;
                yield return (path, copy, isEnum);
            }
            else if (types.Contains("object") && body[name] is JsonObject inner)
            {
                foreach (var (field, innerHostile, innerIsEnum) in WithNul(document, property, inner, path + "."))
                {
                    var copy = body.DeepClone().AsObject();
                    copy[name] = innerHostile;
                    yield return (field, copy, innerIsEnum);
                }
            }
        }
    }

    /// <summary>NUL inside an otherwise valid value, so no other rule (email, URL, enum) refuses it first.</summary>
    private static JsonValue Nul(string? value) =>
        JsonValue.Create(string.IsNullOrEmpty(value) ? NulText : value[..1] + "\u0000" + value[1..]);

    public sealed class SweepFactory : ZeronAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Zeron:Widget:RateLimits:PerIpPerMinute"] = "1000000",
            ["Zeron:Widget:RateLimits:PerProjectPerMinute"] = "1000000",
        };
    }
}
