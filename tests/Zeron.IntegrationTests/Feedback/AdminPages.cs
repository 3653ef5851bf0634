using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary>Driving the admin pages over HTTP like a browser: signed-in cookie clients and form posts with their token.</summary>
internal static partial class AdminPages
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Signs in and makes <paramref name="organizationId"/> the current organization (its <c>zeron_org</c> cookie).</summary>
    public static async Task<HttpClient> SignedInAsync(ZeronAppFactory app, string email, string password, Guid organizationId)
    {
        var cookies = new CookieContainer();
        var client = AdminSignIn.CookieClient(app, cookies);
        (await AdminSignIn.SignInAsync(client, email, password)).Dispose();
        cookies.Add(app.BaseAddress, new Cookie("zeron_org", organizationId.ToString()));
        return client;
    }

    /// <summary>
    /// A new organization with one project, an admin API client and the admin's cookie client with that organization
    /// current: where the inbox tests start.
    /// </summary>
    public static async Task<(HttpClient Browser, HttpClient Api, Guid Org, Guid Project)> OrganizationWithProjectAsync(
        ZeronAppFactory app, string organizationName, string projectName)
    {
        var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync(organizationName);
        using var created = await api.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = projectName }, Ct);
        var project = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        return (await SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org), api, org, project);
    }

    /// <summary>GETs <paramref name="path"/> for its antiforgery token, then posts the fields to one of its handlers ("" for the page's own).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, params (string Name, string Value)[] fields)
    {
        var token = await AdminSignIn.AntiforgeryTokenAsync(client, path);
        var form = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(handler.Length == 0 ? path : $"{path}?handler={handler}", content, Ct);
    }

    /// <summary>The project key in a page's embed snippet (HTML-encoded in the page).</summary>
    public static string EmbeddedKey(string html) => SnippetKeyRegex().Match(html) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException("No embed snippet on the page.");

    [GeneratedRegex("data-project-key=&quot;(pk_[A-Za-z0-9]{24})&quot;")]
    private static partial Regex SnippetKeyRegex();
}
