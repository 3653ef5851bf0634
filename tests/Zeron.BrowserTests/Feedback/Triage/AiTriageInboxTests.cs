using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Tests.Shared;
using Zeron.Tests.Shared.Llm;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Feedback.Triage;

/// <summary>The AI triage as a product manager sees it: the title and badges in the inbox, its filters, the item's summary.</summary>
public sealed class AiTriageInboxTests(LlmAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<LlmAppFactory>
{
    [Fact]
    public async Task The_inbox_shows_the_ai_title_and_badges_filters_by_priority_and_sentiment_and_the_item_shows_the_summary()
    {
        var admin = await App.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"AI triage {Guid.NewGuid():N}"[..20]);
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "AI shop" }, Cancellation);
        var key = (await response.ReadJsonAsync())["publicKey"]!.GetValue<string>();
        var urgent = await SubmitTriagedAsync(admin, org, key, "I was charged twice and can't log in!",
            """{"title":"Charged twice, login fails","category":"bug","sentiment":-0.9,"priority":"urgent","language":"en"}""");
        await SubmitTriagedAsync(admin, org, key, "Love the new dashboard",
            """{"title":"Praise for the dashboard","category":"praise","sentiment":0.8,"priority":"low","language":"en"}""");

        await Ui.SignInAsAdminAsync();
        await Context.AddCookiesAsync([new Cookie { Name = "zeron_org", Value = org.ToString(), Url = App.KestrelAddress().ToString() }]);
        await Page.GotoAsync("/admin/feedback/inbox");
        var row = Ui.Row("I was charged twice and can't log in!");
        await Expect(row.GetByTestId("triage-title")).ToHaveTextAsync("Charged twice, login fails");
        await Expect(row.GetByTestId("triage-priority")).ToHaveTextAsync("Priority: Urgent");
        await Expect(row.GetByTestId("triage-priority")).ToHaveClassAsync("badge priority-urgent");
        await Expect(row.GetByTestId("triage-sentiment")).ToHaveTextAsync("Sentiment: Negative");
        await Expect(Ui.Row("Love the new dashboard").GetByTestId("triage-sentiment")).ToHaveClassAsync("badge sentiment-positive");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        await Page.GetByLabel("Priority", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Urgent" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("triage-title")).ToHaveTextAsync(["Charged twice, login fails"]);
        await Page.GetByLabel("Priority", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Any priority" });
        await Page.GetByLabel("Sentiment", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Positive" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("triage-title")).ToHaveTextAsync(["Praise for the dashboard"]);
        await Expect(Page.GetByLabel("Sentiment", new() { Exact = true })).ToHaveValueAsync("positive");

        await Page.GotoAsync($"/admin/feedback/items/{urgent.Id}");
        var summary = Page.GetByTestId("triage-summary");
        await Expect(summary.GetByRole(AriaRole.Heading, new() { Name = "AI summary" })).ToBeVisibleAsync();
        await Expect(summary.GetByTestId("triage-title")).ToHaveTextAsync("Charged twice, login fails");
        await Expect(summary.GetByTestId("triage-category")).ToHaveTextAsync("bug");
        await Expect(summary.GetByTestId("triage-priority")).ToHaveTextAsync("Urgent");
        await Expect(summary.GetByTestId("triage-sentiment")).ToHaveTextAsync("Negative");
        await Expect(summary.GetByTestId("triage-score")).ToHaveTextAsync("−0.90");
        await Expect(summary.GetByTestId("triage-language")).ToHaveTextAsync("en");
        await Artifacts.ScreenshotAsync(Page, "ai-triage-item");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();
    }

    /// <summary>Submits through the widget's command with the stand-in's answer queued, and waits until the job stored it.</summary>
    private async Task<SubmittedFeedbackDto> SubmitTriagedAsync(HttpClient admin, Guid org, string key, string message, string answer)
    {
        ((LlmAppFactory)App).Claude.EnqueueFor(PromptMarkers.Triage, AnthropicReply.Text(answer));
        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new SubmitFeedbackCommand(key, null, Guid.NewGuid().ToString("N"), message, "bug", null, null, null, null, null), Cancellation);
        var submitted = result.Value.Feedback;
        await Poll.UntilAsync(async () =>
            (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{submitted.Id}", Cancellation))!["item"]!["triage"] is not null,
            TimeSpan.FromSeconds(60));
        return submitted;
    }
}
