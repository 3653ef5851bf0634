using System.Net;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;
using static Zeron.IntegrationTests.Integrations.Ai.AiLedgerRows;

namespace Zeron.IntegrationTests.Integrations.Ai;

/// <summary>/admin/ai (the organization's AI status, budget form and usage) and /admin/ai/prices (system administrators).</summary>
public sealed partial class AiPagesTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_shows_ai_off_with_what_to_configure_and_the_span_as_a_chart_and_tables()
    {
        var (browser, org) = await OrganizationAsync();
        await using (var db = await app.OpenDatabaseAsync())
        {
            await db.InsertAsync(org, At(2026, 3, 1), "conversation", "anthropic", "claude-haiku-4-5", input: 1234, cost: 0.5m);
            await db.InsertAsync(org, At(2026, 3, 3), "triage", "openai", "gpt-5-mini", output: 99, cost: 0.25m, fallback: true);
        }

        var html = await browser.GetStringAsync("/admin/ai?from=2026-03-01&to=2026-03-04", Ct);

        html.Should().Contain("AI is off").And.Contain("Zeron__Llm__Anthropic__ApiKey").And.Contain("href=\"/admin/settings/connections\"");
        BarRegex().Count(html).Should().Be(4, "one bar per day of the span");
        html.Should().Contain("<title>2026-03-01: $0.50, 1 call</title>").And.Contain("<title>2026-03-02: $0.00, 0 calls</title>");
        html.Should().Contain("data-testid=\"ai-total\">$0.75</strong>");
        html.Should().Contain("<th scope=\"row\" data-label=\"Feature\">conversation</th>").And.Contain("<th scope=\"row\" data-label=\"Model\">openai/gpt-5-mini</th>");
        html.Should().Contain("1,234");
        html.Should().NotContain("style=");
    }

    [Fact]
    public async Task A_span_the_api_refuses_is_explained_and_this_month_shown_instead()
    {
        var (browser, _) = await OrganizationAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var html = await browser.GetStringAsync("/admin/ai?from=2026-03-05&to=2026-03-01", Ct);

        html.Should().Contain("is before").And.Contain("Showing this month so far instead.");
        BarRegex().Count(html).Should().Be(today.Day);
    }

    [Fact]
    public async Task The_budget_form_sets_and_removes_the_budget_refuses_bad_amounts_and_says_when_it_is_used_up()
    {
        var (browser, org) = await OrganizationAsync();

        using (var saved = await AdminPages.PostAsync(browser, "/admin/ai", "Budget", ("monthlyUsd", "2.50")))
        {
            saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await browser.GetStringAsync("/admin/ai", Ct)).Should().Contain("Monthly budget set to $2.50.").And.NotContain("budget is used up");

        using (var refused = await AdminPages.PostAsync(browser, "/admin/ai", "Budget", ("monthlyUsd", "12.345")))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.OK);
            var html = await refused.Content.ReadAsStringAsync(Ct);
            html.Should().Contain("at most 2 decimals").And.Contain("value=\"12.345\"").And.Contain("aria-invalid=\"true\"");
        }

        using (var words = await AdminPages.PostAsync(browser, "/admin/ai", "Budget", ("monthlyUsd", "ten dollars")))
        {
            (await words.Content.ReadAsStringAsync(Ct)).Should().Contain("Give an amount in USD");
        }

        await using (var db = await app.OpenDatabaseAsync())
        {
            await db.InsertAsync(org, DateTimeOffset.UtcNow, "conversation", "anthropic", "claude-haiku-4-5", cost: 2m);
            await db.InsertAsync(org, DateTimeOffset.UtcNow, "conversation", "anthropic", "claude-haiku-4-5", reserved: 0.5m, outcome: "Reserved");
        }

        var usedUp = await browser.GetStringAsync("/admin/ai", Ct);
        usedUp.Should().Contain("The monthly AI budget is used up").And.Contain("$2.50</strong>");

        using (var removed = await AdminPages.PostAsync(browser, "/admin/ai", "Budget", ("monthlyUsd", "")))
        {
            removed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await browser.GetStringAsync("/admin/ai", Ct)).Should().Contain("no limit").And.NotContain("budget is used up");
    }

    [Fact]
    public async Task A_member_is_denied_the_page_and_the_prices_page_is_for_system_administrators_only()
    {
        using var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync($"AI member {Guid.NewGuid():N}");
        var email = $"member-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(api, org, email, "Member", "Member-Password-123");
        using var member = await AdminPages.SignedInAsync(app, email, "Member-Password-123", org);
        using (var denied = await member.GetAsync("/admin/ai", Ct))
        {
            denied.StatusCode.Should().Be(HttpStatusCode.Redirect);
            denied.Headers.Location!.ToString().Should().Contain("/admin/denied");
        }

        using var owner = await AdminSignIn.OwnerWhoIsNotSystemAdminAsync(app, $"AI owner {Guid.NewGuid():N}");
        (await owner.GetStringAsync("/admin/ai", Ct)).Should().NotContain("/admin/ai/prices");
        using var prices = await owner.GetAsync("/admin/ai/prices", Ct);
        prices.StatusCode.Should().Be(HttpStatusCode.Redirect);
        prices.Headers.Location!.ToString().Should().Contain("/admin/denied");
    }

    [Fact]
    public async Task A_system_administrator_adds_a_dated_price_row_and_bad_fields_are_explained()
    {
        var (browser, _) = await OrganizationAsync();
        var page = await browser.GetStringAsync("/admin/ai/prices", Ct);
        page.Should().Contain("claude-haiku-4-5").And.Contain("2025-11-01");
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var model = $"claude-test-{Guid.NewGuid():N}"[..24];

        using (var added = await PostPriceAsync(browser, "anthropic", model, from, "2", "10", "2.5", "4", "0.2"))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await browser.GetStringAsync("/admin/ai/prices", Ct)).Should().Contain($"Price of anthropic/{model} from {from} added.")
            .And.Contain($"<td data-label=\"Model\">{model}</td>");
        await using (var db = await app.OpenDatabaseAsync())
        {
            (await db.ScalarAsync<decimal>("SELECT output_per_million FROM integrations.llm_prices WHERE model = @model", ("model", model))).Should().Be(10m);
        }

        using (var again = await PostPriceAsync(browser, "anthropic", model, from, "3", "10", "2.5", "4", "0.2"))
        {
            (await again.Content.ReadAsStringAsync(Ct)).Should().Contain("already has a price from that day");
        }

        using (var bad = await PostPriceAsync(browser, "anthropic", "Bad Model", "2020-01-01", "abc", "-1", "0", "0", "0"))
        {
            bad.StatusCode.Should().Be(HttpStatusCode.OK);
            var html = await bad.Content.ReadAsStringAsync(Ct);
            html.Should().Contain("Nothing was saved").And.Contain("Give the input price in USD per million tokens");
        }

        using (var past = await PostPriceAsync(browser, "anthropic", "Bad Model", "2020-01-01", "1", "-1", "0", "0", "0"))
        {
            var html = await past.Content.ReadAsStringAsync(Ct);
            html.Should().Contain("A new price starts today").And.Contain("lower-case letters").And.Contain("The output price is between 0");
        }

        await using (var db = await app.OpenDatabaseAsync())
        {
            (await db.ScalarAsync<long>("SELECT count(*) FROM integrations.llm_prices WHERE model = @model", ("model", model))).Should().Be(1);
        }
    }

    private static Task<HttpResponseMessage> PostPriceAsync(HttpClient browser, string provider, string model, string from, string input, string output, string write5m, string write1h, string read) =>
        AdminPages.PostAsync(browser, "/admin/ai/prices", "",
            ("Form.Provider", provider), ("Form.Model", model), ("Form.EffectiveFrom", from), ("Form.InputPerMillion", input), ("Form.OutputPerMillion", output),
            ("Form.CacheWrite5mPerMillion", write5m), ("Form.CacheWrite1hPerMillion", write1h), ("Form.CacheReadPerMillion", read));

    private async Task<(HttpClient Browser, Guid Org)> OrganizationAsync()
    {
        using var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync($"AI page {Guid.NewGuid():N}");
        return (await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org), org);
    }

    [GeneratedRegex("<rect class=\"ai-chart-bar\"")]
    private static partial Regex BarRegex();
}
