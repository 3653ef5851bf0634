using System.Net;
using System.Text.RegularExpressions;

namespace Zeron.Tests.Shared;

/// <summary>Signs in to the admin UI over plain HTTP the way a browser does: GET the form, POST it with its antiforgery token.</summary>
public static partial class AdminSignIn
{
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenRegex().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/admin/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync("/admin/login", form);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString() != "/admin")
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return response;
    }

    /// <summary>
    /// Signed in to the admin UI as the Owner of a new organization who is not a system administrator (no Jobs, no
    /// Outbox): a cookie client that does not follow redirects.
    /// </summary>
    public static async Task<HttpClient> OwnerWhoIsNotSystemAdminAsync(ZeronAppFactory app, string organizationName)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync(organizationName);
        var email = $"owner-{Guid.NewGuid():N}@example.test";
        const string password = "Owner-Password-1";
        await app.AddNewUserAsync(admin, org, email, "Owner", password);

        var client = CookieClient(app, new CookieContainer());
        (await SignInAsync(client, email, password)).Dispose();
        return client;
    }

    /// <summary>A client that keeps cookies in <paramref name="cookies"/> and does not follow redirects.</summary>
    public static HttpClient CookieClient(ZeronAppFactory app, CookieContainer cookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies, UseCookies = true }) { BaseAddress = app.BaseAddress };

    /// <summary>The <c>Cookie</c> header value a browser would send after signing in (the auth cookie alone).</summary>
    public static string AuthCookie(CookieContainer cookies, Uri baseAddress) =>
        cookies.GetCookies(baseAddress)["zeron_auth"] is { } cookie
            ? $"{cookie.Name}={cookie.Value}"
            : throw new InvalidOperationException("Not signed in.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
