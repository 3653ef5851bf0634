using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Real things for a sweep over the OpenAPI document to act on (a project, a feedback item with its conversation, a webhook, a connection,
/// a member who is not the admin, a pending invitation, and one to the admin, from the member's own organization, with
/// its link's token), and each documented operation turned into a request that would succeed.
/// </summary>
internal sealed class SweepTargets
{
    /// <summary>The route parameters this sweep has real values for; <c>SweepCoverageTests</c> fails on an API route with another.</summary>
    public static readonly IReadOnlyList<string> PathParameters = ["orgId", "projectId", "id", "conversationId", "webhookId", "userId", "invitationId", "connectionId"];

    /// <summary>The one operation that, on success, ends the caller's sessions: a sweep signs in again after it.</summary>
    public const string ChangePassword = "POST /api/v1/auth/password";

    /// <summary>Accepting needs an invitation to the caller and its link's token: the admin's own, not {invitationId}.</summary>
    public const string AcceptInvitation = "POST /api/v1/invitations/{invitationId}/accept";

    /// <summary>Declining too: another of the admin's own invitations, so that accepting still has one open.</summary>
    public const string DeclineInvitation = "POST /api/v1/invitations/{invitationId}/decline";

    private readonly Dictionary<string, string> _path;
    private readonly Dictionary<string, string> _query;
    private readonly string _origin;
    private readonly (Guid Id, string Token) _adminInvitation;
    private readonly (Guid Id, string Token) _adminInvitationToDecline;

    private SweepTargets(
        Dictionary<string, string> path, Dictionary<string, string> query, string origin, (Guid Id, string Token) adminInvitation, (Guid Id, string Token) toDecline) =>
        (_path, _query, _origin, _adminInvitation, _adminInvitationToDecline) = (path, query, origin, adminInvitation, toDecline);

    public static async Task<SweepTargets> CreateAsync(ZeronAppFactory app, HttpClient admin, string origin)
    {
        var org = await admin.DemoOrganizationIdAsync();
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = $"Sweep {Guid.NewGuid():N}", allowedOrigins = new[] { origin } });
        var project = await created.EnsureSuccessStatusCode().ReadJsonAsync();
        var key = project["publicKey"]!.GetValue<string>();
        using var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/v1/feedback?key={key}")
        {
            Content = JsonContent.Create(new { projectKey = key, clientId = Guid.NewGuid().ToString("N"), message = "Something to sweep" }),
        };
        submit.Headers.Add("Origin", origin);
        using var submitted = await admin.SendAsync(submit);
        var item = await submitted.EnsureSuccessStatusCode().ReadJsonAsync();
        using var hooked = await admin.PostAsJsonAsync(
            $"/api/v1/orgs/{org}/projects/{project["id"]}/webhooks", new { url = "https://hooks.example.com/sweep", events = new[] { "feedback.created" } });
        var webhook = await hooked.EnsureSuccessStatusCode().ReadJsonAsync();
        using var connected = await admin.PostAsJsonAsync(
            $"/api/v1/orgs/{org}/connections", new { kind = "anthropic", name = $"Sweep {Guid.NewGuid():N}", apiKey = "sk-ant-sweep", baseUrl = "https://llm.example.com" });
        var connection = await connected.EnsureSuccessStatusCode().ReadJsonAsync();
        var memberEmail = $"sweep-member-{Guid.NewGuid():N}@example.com";
        await app.AddNewUserAsync(admin, org, memberEmail, "Member", "Sweep-Member-Password-1");
        var members = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/members");
        var member = members!.Single(m => m!["email"]!.GetValue<string>() == memberEmail)!["userId"]!.GetValue<Guid>();
        using var invited = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email = $"sweep-invited-{Guid.NewGuid():N}@example.com", role = "Member" });
        var invitation = await invited.EnsureSuccessStatusCode().ReadJsonAsync();
        using var memberClient = app.CreateClient(await app.GetTokenAsync(memberEmail, "Sweep-Member-Password-1"));
        var memberOrg = await memberClient.CreateOrganizationAsync($"Sweep invites {Guid.NewGuid():N}");
        using var toAdmin = await memberClient.PostAsJsonAsync($"/api/v1/orgs/{memberOrg}/members", new { email = ZeronAppFactory.AdminEmail, role = "Member" });
        var adminInvitation = await toAdmin.EnsureSuccessStatusCode().ReadJsonAsync();
        var declineOrg = await memberClient.CreateOrganizationAsync($"Sweep declines {Guid.NewGuid():N}");
        using var toDecline = await memberClient.PostAsJsonAsync($"/api/v1/orgs/{declineOrg}/members", new { email = ZeronAppFactory.AdminEmail, role = "Member" });
        var declineInvitation = await toDecline.EnsureSuccessStatusCode().ReadJsonAsync();
        return new SweepTargets(
            new()
            {
                ["{orgId}"] = org.ToString(),
                ["{projectId}"] = project["id"]!.GetValue<Guid>().ToString(),
                ["{id}"] = item["id"]!.GetValue<Guid>().ToString(),
                ["{conversationId}"] = item["conversationId"]!.GetValue<Guid>().ToString(),
                ["{webhookId}"] = webhook["id"]!.GetValue<Guid>().ToString(),
                ["{userId}"] = member.ToString(),
                ["{invitationId}"] = invitation["id"]!.GetValue<Guid>().ToString(),
                ["{connectionId}"] = connection["id"]!.GetValue<Guid>().ToString(),
            },
            new() { ["key"] = key, ["token"] = item["conversationToken"]!.GetValue<string>(), ["q"] = "sweep" }, // q: the search needs one (the list takes it as a filter)
            origin,
            (adminInvitation["id"]!.GetValue<Guid>(), ZeronApi.InvitationToken(adminInvitation["acceptUrl"]!.GetValue<string>())),
            (declineInvitation["id"]!.GetValue<Guid>(), ZeronApi.InvitationToken(declineInvitation["acceptUrl"]!.GetValue<string>())));
    }

    /// <summary>The real value this sweep has for route parameter <paramref name="name"/> (one of <see cref="PathParameters"/>).</summary>
    public string RouteValue(string name) => _path[$"{{{name}}}"];

    /// <summary>
    /// Operations with a JSON body: name, method, URL (known query values filled in), documented example (null if the
    /// document has none, which the sweep counts as a failure), schema.
    /// </summary>
    public IEnumerable<(string Name, HttpMethod Verb, string Url, JsonObject? Example, JsonNode? Schema)> BodyOperations(JsonNode document)
    {
        foreach (var (name, verb, template, operation) in Operations(document))
        {
            if (operation["requestBody"]?["content"]?["application/json"] is { } media)
            {
                var url = name switch
                {
                    AcceptInvitation => $"/api/v1/invitations/{_adminInvitation.Id}/accept",
                    DeclineInvitation => $"/api/v1/invitations/{_adminInvitationToDecline.Id}/decline",
                    _ => Url(template, QueryNames(operation), null, null),
                };
                yield return (name, verb, url, media["example"] as JsonObject, media["schema"]);
            }
        }
    }

    /// <summary>
    /// One request per query parameter of every operation, that parameter set to <paramref name="value"/>, with the
    /// operation's documented body made to succeed (<see cref="Baseline"/>), so the parameter is what gets refused.
    /// </summary>
    public IEnumerable<(string Name, HttpMethod Verb, string Url, JsonObject? Body)> QueryProbes(JsonNode document, string value)
    {
        foreach (var (name, verb, template, operation) in Operations(document))
        {
            var names = QueryNames(operation);
            var example = operation["requestBody"]?["content"]?["application/json"]?["example"] as JsonObject;
            foreach (var parameter in names)
            {
                yield return ($"{name} ?{parameter}", verb, Url(template, names, parameter, value), example is null ? null : Baseline(name, example));
            }
        }
    }

    /// <summary>The documented example, made to succeed here: this sweep's project key, fresh unique values, the admin's sign-in.</summary>
    public JsonObject Baseline(string operation, JsonObject example)
    {
        var body = example.DeepClone().AsObject();
        var unique = Guid.NewGuid().ToString("N")[..12];
        Set(body, "projectKey", _query["key"]);
        Set(body, "clientId", unique);
        switch (operation)
        {
            case "POST /api/v1/auth/token":
                body["email"] = ZeronAppFactory.AdminEmail;
                body["password"] = ZeronAppFactory.AdminPassword;
                break;
            case ChangePassword: // to the same password, so later sign-ins still work; it ends the caller's session all the same
                body["currentPassword"] = ZeronAppFactory.AdminPassword;
                body["newPassword"] = ZeronAppFactory.AdminPassword;
                break;
            case "POST /api/v1/orgs":
                body["name"] = $"Sweep {unique}";
                body["slug"] = $"sweep-{unique}";
                break;
            case "POST /api/v1/orgs/{orgId}/members":
                body["email"] = $"sweep-{unique}@example.com";
                break;
            case AcceptInvitation:
                body["token"] = _adminInvitation.Token;
                break;
            case DeclineInvitation:
                body["token"] = _adminInvitationToDecline.Token;
                break;
            case "POST /api/v1/orgs/{orgId}/projects":
            case "POST /api/v1/orgs/{orgId}/connections":
                body["name"] = $"Sweep {unique}";
                break;
            case "PATCH /api/v1/orgs/{orgId}/projects/{projectId}":
                body["allowedOrigins"] = new JsonArray(_origin); // the widget operations of this sweep come from there
                break;
        }

        return body;
    }

    /// <summary>
    /// Every operation under <c>/api/v1/orgs/{orgId}</c>, deletes included, aimed at this sweep's organization and its
    /// real project and item, each with its documented body made to succeed (null when it takes none).
    /// </summary>
    public IEnumerable<(string Name, HttpMethod Verb, string Url, JsonObject? Body)> OrganizationOperations(JsonNode document) =>
        AllOperations(document, path => path.StartsWith("/api/v1/orgs/{orgId}", StringComparison.Ordinal));

    /// <summary>Every documented operation (but preflights) whose path passes <paramref name="include"/>, deletes included.</summary>
    public IEnumerable<(string Name, HttpMethod Verb, string Url, JsonObject? Body)> AllOperations(JsonNode document, Func<string, bool> include) =>
        document["paths"]!.AsObject()
            .Where(path => include(path.Key))
            .SelectMany(path => path.Value!.AsObject().Where(o => o.Key != "options").Select(o =>
            {
                var name = $"{o.Key.ToUpperInvariant()} {path.Key}";
                var example = o.Value!["requestBody"]?["content"]?["application/json"]?["example"] as JsonObject;
                return (name, new HttpMethod(o.Key.ToUpperInvariant()), Url(path.Key, QueryNames(o.Value!), null, null), example is null ? null : Baseline(name, example));
            }));

    private static IEnumerable<(string Name, HttpMethod Verb, string Template, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Key is not "options" and not "delete")
            .Select(o => ($"{o.Key.ToUpperInvariant()} {path.Key}", new HttpMethod(o.Key.ToUpperInvariant()), path.Key, o.Value!)));

    private static List<string> QueryNames(JsonNode operation) =>
        (operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>()).ToList();

    private string Url(string template, List<string> query, string? probed, string? value)
    {
        var path = _path.Aggregate(template, (p, id) => p.Replace(id.Key, id.Value, StringComparison.Ordinal));
        if (path.Contains('{', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The sweep has no value for a route parameter of {template}: add it to SweepTargets.");
        }

        var pairs = query.Select(name => name == probed ? $"{name}={Uri.EscapeDataString(value!)}"
            : _query.TryGetValue(name, out var known) ? $"{name}={Uri.EscapeDataString(known)}" : null).OfType<string>().ToList();
        return pairs.Count == 0 ? path : $"{path}?{string.Join('&', pairs)}";
    }

    private static void Set(JsonObject body, string name, string value)
    {
        if (body.ContainsKey(name))
        {
            body[name] = value;
        }
    }
}
