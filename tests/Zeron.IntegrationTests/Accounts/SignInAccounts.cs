using System.Net.Http.Json;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>Accounts made for sign-in tests, and the two ways to sign in, from a given client.</summary>
internal static class SignInAccounts
{
    public const string Password = "Right-Password-1";

    /// <summary>A new user (a member of the Demo organization) with <see cref="Password"/>; returns the email.</summary>
    public static async Task<string> CreateSignInAccountAsync(this ZeronAppFactory app, HttpClient admin, Guid organization, string prefix = "user")
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(admin, organization, email, "Member", Password);
        return email;
    }

    public static Task<HttpResponseMessage> TokenAsync(this HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });

    /// <summary>POSTs the admin sign-in form (with its antiforgery token) and answers the response as it came.</summary>
    public static async Task<HttpResponseMessage> LoginPageAsync(this HttpClient client, string email, string password)
    {
        var token = await AdminSignIn.AntiforgeryTokenAsync(client, "/admin/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync("/admin/login", form);
    }
}
