using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.BrowserTests.Widget;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Home;

/// <summary>
/// The admin home of a brand-new organization, followed as its product manager sets it up: the checklist's links lead
/// to where each step is done, and the steps tick themselves from what happened (a project, the widget's first
/// feedback on a real foreign-origin site, an invitation) until the checklist folds into one line.
/// </summary>
public sealed partial class HomePageTests(WidgetAppFactory app, ChromiumFixture chromium)
    : WidgetTest(app, chromium), IClassFixture<WidgetAppFactory>
{
    private ILocator Checklist => Page.GetByTestId("setup-checklist");

    [Fact]
    public async Task A_new_organization_is_guided_from_an_empty_home_to_setup_complete_with_real_numbers()
    {
        var name = $"Home {Guid.NewGuid():N}"[..20];
        var org = await Admin.CreateOrganizationAsync(name);
        await Ui.SignInAsAdminAsync();
        await Ui.OrganizationSwitcher.SelectOptionAsync(new SelectOptionValue { Label = name });
        await Expect(Ui.Heading(name)).ToBeVisibleAsync();

        // Empty: nothing done, every number zero but the one member (the creator).
        await Expect(Checklist).ToContainTextAsync("0 of 3 done");
        await Expect(Stat("projects")).ToHaveTextAsync("0 projects");
        await Expect(Stat("members")).ToHaveTextAsync("1 member");
        await Expect(Stat("new")).ToHaveTextAsync("0 new feedback");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();
        await Artifacts.ScreenshotAsync(Page, "home-empty");

        // Step 1 leads to the new-project form.
        await Checklist.GetByRole(AriaRole.Link, new() { Name = "Create a project", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/admin/feedback#new-name$"));
        await Expect(Page.GetByLabel("Name", new() { Exact = true })).ToBeInViewportAsync();
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Home shop");
        await Page.GetByLabel("Allowed origins", new() { Exact = true }).FillAsync(Site.Origin);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create project", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(ProjectPage());
        var project = Guid.Parse(ProjectPage().Match(Page.Url).Groups[1].Value);

        // Step 2 leads to that project's snippet.
        await Page.GotoAsync("/admin");
        await Expect(Checklist).ToContainTextAsync("1 of 3 done");
        await Expect(Checklist.GetByRole(AriaRole.Link, new() { Name = "Create a project", Exact = true })).ToHaveCountAsync(0);
        await Checklist.GetByRole(AriaRole.Link, new() { Name = "Paste the snippet", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(ProjectPage());
        var key = SnippetKey().Match((await Page.GetByTestId("embed-snippet").TextContentAsync())!).Groups[1].Value;

        // Pasted into a real site on another origin, the widget sends the first feedback (location.href as the page).
        var message = $"Prices page shows no currency {Guid.NewGuid():N}"[..40];
        await Page.GotoAsync(Site.Serve("/pricing", EmbedPage(key)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send us feedback", Exact = true }).ClickAsync();
        await MessageField.FillAsync(message);
        await SendButton.ClickAsync();
        await Poll.UntilAsync(async () => (await StoredMessagesAsync(org, project)).Count > 0, TimeSpan.FromSeconds(15));

        await Page.GotoAsync("/admin");
        await Expect(Checklist).ToContainTextAsync("2 of 3 done");
        await Expect(Page.GetByTestId("first-feedback")).ToContainTextAsync($"from {Site.Origin} on");
        await Expect(Stat("new")).ToHaveTextAsync("1 new feedback");
        await Expect(Stat("waiting")).ToHaveTextAsync("1 waiting for a team reply");
        await Expect(Stat("projects")).ToHaveTextAsync("1 project");
        await Artifacts.ScreenshotAsync(Page, "home-first-feedback");

        // The project's count opens its inbox filtered to this week, where the feedback is.
        await Ui.Row("Home shop").GetByRole(AriaRole.Link, new() { Name = "1 new in Home shop this week", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/admin/feedback/inbox\\?project={project}&from=\\d{{4}}-\\d{{2}}-\\d{{2}}$"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = message, Exact = true })).ToBeVisibleAsync();

        // The waiting count opens the project's inbox in latest-activity order.
        await Page.GotoAsync("/admin");
        await Ui.Row("Home shop").GetByRole(AriaRole.Link, new() { Name = "1 waiting for a reply in Home shop", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/admin/feedback/inbox\\?project={project}&sort=activity$"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = message, Exact = true })).ToBeVisibleAsync();

        // A team reply: nobody is waiting any more.
        var item = (await Admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback", Cancellation))!["items"]![0]!["id"]!.GetValue<Guid>();
        using (var reply = await Admin.PostAsJsonAsync($"/api/v1/orgs/{org}/feedback/{item}/messages", new { body = "Fixed, thanks!" }, Cancellation))
        {
            reply.EnsureSuccessStatusCode();
        }

        await Page.GotoAsync("/admin");
        await Expect(Stat("waiting")).ToHaveTextAsync("0 waiting for a team reply");

        // Step 3 leads to the members page; a pending invitation ticks it and the checklist folds into one line.
        await Checklist.GetByRole(AriaRole.Link, new() { Name = "Invite a teammate", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/settings/members"));
        await Admin.InviteAsync(org, $"teammate-{Guid.NewGuid():N}@example.test");
        await Page.GotoAsync("/admin");
        await Expect(Page.GetByTestId("setup-complete")).ToHaveTextAsync("✓ Setup complete");
        await Expect(Checklist).ToHaveCountAsync(0);
        await Expect(Stat("members")).ToHaveTextAsync("1 member (+1 invited)");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();
        await Artifacts.ScreenshotAsync(Page, "home-complete");
    }

    [Fact]
    public async Task The_unbuilt_areas_say_so_on_their_tiles_and_pages_and_link_to_what_exists()
    {
        await Ui.SignInAsAdminAsync();
        await Expect(Page.GetByText("Coming soon")).ToHaveCountAsync(0);

        foreach (var (area, path) in new[] { ("Conductor", "/admin/conductor"), ("Analytics", "/admin/analytics") })
        {
            await Page.GotoAsync("/admin");
            var tile = Page.GetByRole(AriaRole.Link).Filter(new() { Has = Ui.Heading($"{area} not built yet") });
            await Expect(tile).ToHaveAttributeAsync("href", path);
            await tile.ClickAsync();
            await Expect(Page).ToHaveURLAsync(AdminUi.PathIs(path));
            await Expect(Page.GetByTestId("not-built")).ToContainTextAsync("is not built yet.");
            await Expect(Page.GetByText("Coming soon")).ToHaveCountAsync(0);
            await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "API reference", Exact = true })).ToHaveAttributeAsync("href", "/api/docs");
            (await Axe.ViolationsAsync(Page)).Should().BeEmpty();
            await Page.GetByTestId("not-built").GetByRole(AriaRole.Link, new() { Name = "Feedback inbox", Exact = true }).ClickAsync();
            await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/feedback/inbox"));
        }
    }

    private ILocator Stat(string name) => Page.GetByTestId($"stat-{name}");

    [GeneratedRegex("/admin/feedback/projects/([0-9a-f-]{36})(#.*)?$")]
    private static partial Regex ProjectPage();

    [GeneratedRegex("data-project-key=\"(pk_[A-Za-z0-9]{24})\"")]
    private static partial Regex SnippetKey();
}
