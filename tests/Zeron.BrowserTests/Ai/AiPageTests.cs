using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Ai;

/// <summary>
/// /admin/ai in Chromium: reached from the main menu, "AI is off" with what to configure, the by-day chart (a bar per
/// day, each with its tooltip) and its table, the feature and model tables, the budget form and the used-up refusal;
/// axe-clean. /admin/ai/prices for the system administrator.
/// </summary>
public sealed class AiPageTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task The_admin_sees_usage_as_a_chart_and_tables_sets_a_budget_and_is_told_when_it_is_used_up()
    {
        await Ui.SignInAsAdminAsync();
        var org = await DemoOrganizationAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var db = await App.OpenDatabaseAsync())
        {
            await InsertAsync(db, org, "conversation", "anthropic", "claude-haiku-4-5", 0.75m);
            await InsertAsync(db, org, "triage", "openai", "gpt-5-mini", 0.25m);
        }

        await Ui.MainNavigation.GetByRole(AriaRole.Link, new() { Name = "AI", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/ai"));
        await Expect(Ui.Heading("AI is off")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "connections page", Exact = true })).ToHaveAttributeAsync("href", "/admin/settings/connections");

        var chart = Page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Cost by day") });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart.Locator("rect.ai-chart-bar")).ToHaveCountAsync(today.Day);
        var todaysBar = chart.Locator("rect.ai-chart-bar").Last;
        (await todaysBar.Locator("title").TextContentAsync()).Should().Be($"{today:yyyy-MM-dd}: $1.00, 2 calls");
        (await todaysBar.BoundingBoxAsync())!.Height.Should().BeGreaterThan(50, "the only day with a cost is the full height");

        await Page.GetByText("Cost by day as a table", new() { Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("ai-by-day").GetByRole(AriaRole.Row)).ToHaveCountAsync(today.Day + 2);
        await Expect(Page.GetByTestId("ai-by-feature").GetByRole(AriaRole.Rowheader, new() { Name = "conversation", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("ai-by-model").GetByRole(AriaRole.Rowheader, new() { Name = "openai/gpt-5-mini", Exact = true })).ToBeVisibleAsync();
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        var budget = Page.GetByLabel("Budget (USD per month)", new() { Exact = true });
        await budget.FillAsync("1.5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save budget", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Monthly budget set to $1.50.");
        await Expect(Page.GetByTestId("ai-budget-used-up")).ToHaveCountAsync(0);

        await budget.FillAsync("1.005");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save budget", Exact = true }).ClickAsync();
        await Expect(budget).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#monthly-usd-error")).ToContainTextAsync("at most 2 decimals");

        await budget.FillAsync("1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save budget", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("ai-budget-used-up")).ToContainTextAsync("The monthly AI budget is used up");
        await Expect(Page.GetByTestId("ai-spent")).ToContainTextAsync("$1.00 of $1.00");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        await budget.FillAsync("");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save budget", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("ai-spent")).ToContainTextAsync("of no limit");
    }

    [Fact]
    public async Task The_system_administrator_adds_a_price_row_from_a_later_day()
    {
        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync("/admin/ai");
        await Page.GetByRole(AriaRole.Link, new() { Name = "LLM prices", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/ai/prices"));

        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        await Page.GetByLabel("Provider", new() { Exact = true }).SelectOptionAsync("openai");
        await Page.GetByLabel("Model", new() { Exact = true }).FillAsync("gpt-5-mini");
        await Page.GetByLabel("From (UTC day)", new() { Exact = true }).FillAsync(from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Input (USD / million tokens)", new() { Exact = true }).FillAsync("0.2");
        await Page.GetByLabel("Output (USD / million tokens)", new() { Exact = true }).FillAsync("oops");
        await Page.GetByLabel("Cache write, 5 minutes (USD / million tokens)", new() { Exact = true }).FillAsync("0");
        await Page.GetByLabel("Cache write, 1 hour (USD / million tokens)", new() { Exact = true }).FillAsync("0");
        await Page.GetByLabel("Cache read (USD / million tokens)", new() { Exact = true }).FillAsync("0.02");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add price", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#output-price-error")).ToContainTextAsync("Give the output price");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        await Page.GetByLabel("Output (USD / million tokens)", new() { Exact = true }).FillAsync("1.6");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add price", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Price of openai/gpt-5-mini from {from:yyyy-MM-dd} added.");
        var rows = Page.GetByTestId("llm-prices").GetByRole(AriaRole.Row).Filter(new() { HasText = "gpt-5-mini" });
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync($"{from:yyyy-MM-dd}");
    }

    private async Task<Guid> DemoOrganizationAsync()
    {
        using var api = await App.CreateAdminClientAsync();
        return await api.DemoOrganizationIdAsync();
    }

    private static Task<int> InsertAsync(Npgsql.NpgsqlConnection db, Guid org, string feature, string provider, string model, decimal cost) =>
        db.ExecuteAsync(
            """
            INSERT INTO integrations.ai_usage (id, organization_id, feature, provider, model, input_tokens, cache_write5m_tokens, cache_write1h_tokens,
                cache_read_tokens, output_tokens, reserved_usd, cost_usd, latency_ms, outcome, fallback, created_at, settled_at)
            VALUES (gen_random_uuid(), @org, @feature, @provider, @model, 100, 0, 0, 0, 20, @cost, @cost, 300, 'Ok', false, now(), now())
            """,
            ("org", org), ("feature", feature), ("provider", provider), ("model", model), ("cost", cost));
}
