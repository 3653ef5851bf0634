using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Npgsql;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Admin;

/// <summary>/admin/outbox: system administrators see every module's given-up events and send them round again.</summary>
public sealed class OutboxPageTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_given_up_event_is_listed_with_its_last_error_and_retry_gives_it_its_attempts_back()
    {
        var id = await AddGivenUpEventAsync("The receiver at hooks.example.com answered 410");
        using var client = await SignedInAsync(ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword);

        var page = await client.GetStringAsync("/admin/outbox", Ct);
        page.Should().Contain("GoneEvent").And.Contain("The receiver at hooks.example.com answered 410").And.Contain("1 given up");
        page.Should().NotContain("secret-payload", "payloads may carry personal data and are not shown");

        using var retry = await PostRetryAsync(client, "Feedback");
        retry.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/admin/outbox", Ct)).Should().Contain("1 event(s) of Feedback will be tried again");
        (await AttemptsAsync(id)).Should().BeLessThan(25, "the dispatcher takes it again (and may already have failed it once more)");
    }

    [Fact]
    public async Task Retry_needs_the_antiforgery_token_and_a_known_module()
    {
        using var client = await SignedInAsync(ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword);
        using (var forged = await client.PostAsync("/admin/outbox?handler=Retry&module=Feedback", new FormUrlEncodedContent([]), Ct))
        {
            forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        using var unknown = await PostRetryAsync(client, "Nowhere");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_organization_owner_who_is_not_a_system_admin_is_denied()
    {
        using var client = await AdminSignIn.OwnerWhoIsNotSystemAdminAsync(app, "Not Operators Either");

        using var response = await client.GetAsync("/admin/outbox", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/admin/denied");
        (await client.GetStringAsync("/admin", Ct)).Should().NotContain("/admin/outbox", "the menu does not offer it");

        var token = await AdminSignIn.AntiforgeryTokenAsync(client, "/admin");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var retry = await client.PostAsync("/admin/outbox?handler=Retry&module=Feedback", form, Ct);
        retry.StatusCode.Should().Be(HttpStatusCode.Redirect, "nor can the retry be posted directly");
        retry.Headers.Location!.ToString().Should().Contain("/admin/denied");
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(client, email, password)).Dispose();
        return client;
    }

    private static async Task<HttpResponseMessage> PostRetryAsync(HttpClient client, string module)
    {
        var token = await AdminSignIn.AntiforgeryTokenAsync(client, "/admin/outbox");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.PostAsync($"/admin/outbox?handler=Retry&module={module}", form);
    }

    private async Task<Guid> AddGivenUpEventAsync(string lastError)
    {
        var id = Guid.NewGuid();
        await using var db = await app.OpenDatabaseAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO feedback.outbox_messages (id, type, payload, occurred_at, attempts, last_error)
            VALUES ($1, 'Nowhere.GoneEvent, Nowhere', '{"note":"secret-payload"}', now(), 25, $2)
            """, db)
        {
            Parameters = { new() { Value = id }, new() { Value = lastError } },
        };
        await insert.ExecuteNonQueryAsync(Ct);
        return id;
    }

    private async Task<int> AttemptsAsync(Guid id)
    {
        await using var db = await app.OpenDatabaseAsync();
        await using var select = new NpgsqlCommand("SELECT attempts FROM feedback.outbox_messages WHERE id = $1", db) { Parameters = { new() { Value = id } } };
        return (int)(await select.ExecuteScalarAsync(Ct))!;
    }
}
