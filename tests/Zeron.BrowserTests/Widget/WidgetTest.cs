using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;

namespace Zeron.BrowserTests.Widget;

/// <summary>
/// Base of the widget tests: a customer site on another loopback port (<see cref="Site"/>), and helpers to create a
/// project through the integrator API and to read what it stored.
/// </summary>
public abstract class WidgetTest(ZeronAppFactory app, ChromiumFixture chromium) : BrowserTest(app, chromium), IAsyncLifetime
{
    /// <summary>The widget's title as configured on the project: the launcher's and the panel's accessible name.</summary>
    protected string WidgetTitle { get; private set; } = "";

    /// <summary>The widget's launcher and panel as a visitor sees them.</summary>
    protected ILocator Launcher => Page.GetByRole(AriaRole.Button, new() { Name = WidgetTitle, Exact = true });

    protected ILocator Panel => Page.GetByRole(AriaRole.Dialog, new() { Name = WidgetTitle, Exact = true });

    protected ILocator MessageField => Page.GetByLabel("Message", new() { Exact = true });

    protected ILocator SendButton => Page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true });

    /// <summary>The widget's live region (role=status), which announces the thank-you, the queued or rate-limited state and validation errors.</summary>
    protected ILocator LiveRegion => Page.Locator("[data-zeron-widget]").GetByRole(AriaRole.Status);

    protected HostPageServer Site { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    protected string ScriptUrl => new Uri(App.KestrelAddress(), "widget/v1/zeron.js").ToString();

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Site = await HostPageServer.StartAsync();
        Admin = await App.CreateAdminClientAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        try
        {
            await DisposeAsync();
        }
        finally
        {
            Admin?.Dispose();
            if (Site is not null)
            {
                await Site.DisposeAsync();
            }

            GC.SuppressFinalize(this);
        }
    }

    /// <summary>A fresh organization with one project whose allowlist is <paramref name="allowedOrigins"/>.</summary>
    protected async Task<(Guid Org, Guid Project, string Key)> CreateProjectAsync(params string[] allowedOrigins)
    {
        var org = await Admin.CreateOrganizationAsync($"Widget {Guid.NewGuid():N}"[..20]);
        using var response = await Admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Shop", allowedOrigins }, Cancellation);
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating the project failed: {(int)response.StatusCode} {body}");
        }

        var project = JsonNode.Parse(body)!.AsObject();
        WidgetTitle = project["widget"]!["title"]!.GetValue<string>();
        return (org, project["id"]!.GetValue<Guid>(), project["publicKey"]!.GetValue<string>());
    }

    /// <summary>The messages of the project's stored feedback, read as an integrator does.</summary>
    protected async Task<List<string>> StoredMessagesAsync(Guid org, Guid project)
    {
        var page = await Admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback?limit=200", Cancellation);
        return [.. page!["items"]!.AsArray().Select(i => i!["message"]!.GetValue<string>())];
    }

    /// <summary>Polls the API until <paramref name="done"/> holds for the stored messages (or the time is up) and returns them.</summary>
    protected async Task<List<string>> WaitForStoredAsync(Guid org, Guid project, Func<List<string>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var messages = await StoredMessagesAsync(org, project);
        while (!done(messages) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Cancellation);
            messages = await StoredMessagesAsync(org, project);
        }

        return messages;
    }

    /// <summary>A plain customer page embedding the widget exactly as the admin's snippet says.</summary>
    protected string EmbedPage(string key, string headExtra = "") =>
        $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Shop</title>{{headExtra}}</head>
        <body>
        <main><h1>Shop</h1><p>Welcome to the shop.</p></main>
        <script src="{{ScriptUrl}}" data-project-key="{{key}}" async></script>
        </body>
        </html>
        """;
}
