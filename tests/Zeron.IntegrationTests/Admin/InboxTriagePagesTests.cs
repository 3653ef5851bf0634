using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Admin;

/// <summary>The inbox's triage over HTTP: tab counts, the page's range, marks that stay safe, bulk over all matching, the filtered export.</summary>
public sealed partial class InboxTriagePagesTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tabs_count_each_status_under_the_other_filters_and_the_range_follows_the_cursor()
    {
        var (browser, api, org, project) = await SetUpAsync();
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        for (var i = 0; i < 28; i++)
        {
            await app.AddItemAsync(org, project, $"checkout crash {i}", createdAt: start.AddSeconds(i));
        }

        await app.AddItemAsync(org, project, "unrelated praise", "praise");
        var triaged = await app.AddItemAsync(org, project, "checkout crash triaged");
        await SetStatusAsync(api, org, triaged, "Triaged");

        var first = await browser.GetStringAsync($"/admin/feedback/inbox?project={project}&q=checkout", Ct);
        TabCount(first, "All").Should().Be(29);
        TabCount(first, "New").Should().Be(28);
        TabCount(first, "Triaged").Should().Be(1);
        TabCount(first, "In progress").Should().Be(0);
        WebUtility.HtmlDecode(first).Should().Contain("Showing 1–25 of 29");

        var next = NextCursor().Match(first).Groups[1].Value;
        var second = await browser.GetStringAsync($"/admin/feedback/inbox?project={project}&q=checkout&cursor={next}", Ct);
        WebUtility.HtmlDecode(second).Should().Contain("Showing 26–29 of 29");

        var onlyTriaged = await browser.GetStringAsync($"/admin/feedback/inbox?project={project}&q=checkout&status=Triaged", Ct);
        TabCount(onlyTriaged, "New").Should().Be(28, "a tab's count ignores the status chosen");
        WebUtility.HtmlDecode(onlyTriaged).Should().Contain("Showing 1–1 of 1");
    }

    [Fact]
    public async Task Search_words_are_marked_and_hostile_text_stays_text()
    {
        var (browser, _, org, project) = await SetUpAsync();
        await app.AddItemAsync(org, project, "<script>alert('x')</script><img src=x onerror=alert(1)> crash on upload");

        var html = await browser.GetStringAsync($"/admin/feedback/inbox?project={project}&q=crash", Ct);
        html.Should().Contain("<mark>crash</mark>")
            .And.Contain("&lt;script&gt;")
            .And.NotContain("<script>alert")
            .And.NotContain("<img src=x");
    }

    [Fact]
    public async Task All_matching_changes_every_item_the_filters_find_beyond_the_page_and_nothing_else()
    {
        var (browser, api, org, project) = await SetUpAsync();
        for (var i = 0; i < 30; i++)
        {
            await app.AddItemAsync(org, project, $"dark mode please {i}", "idea");
        }

        await app.AddItemAsync(org, project, "dark mode bug", "bug");
        await app.AddItemAsync(org, project, "another idea", "idea");

        using var bulk = await PostBulkAsync(browser, $"project={project}&category=idea&q=dark", ("bulkStatus", "Planned"), ("allMatching", "true"));
        bulk.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await CountAsync(api, org, project, "status=Planned")).Should().Be(30);
        (await CountAsync(api, org, project, "status=New")).Should().Be(2);
        var after = await browser.GetStringAsync(bulk.Headers.Location!.OriginalString, Ct);
        after.Should().Contain("30 items set to Planned.");
    }

    [Fact]
    public async Task All_matching_never_reaches_another_organization_nor_its_project()
    {
        var (browser, api, org, project) = await SetUpAsync();
        var otherOrg = await api.CreateOrganizationAsync("Other tenant");
        using var created = await api.PostAsJsonAsync($"/api/v1/orgs/{otherOrg}/projects", new { name = "Not yours" }, Ct);
        var otherProject = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        await app.AddItemAsync(org, project, "mine");
        await app.AddItemAsync(otherOrg, otherProject, "theirs");

        using var everything = await PostBulkAsync(browser, "", ("bulkStatus", "Closed"), ("allMatching", "true"));
        using var theirProject = await PostBulkAsync(browser, $"project={otherProject}", ("bulkStatus", "Spam"), ("allMatching", "true"));

        (await CountAsync(api, org, project, "status=Closed")).Should().Be(1);
        (await CountAsync(api, otherOrg, otherProject, "status=New")).Should().Be(1, "the other organization's item is untouched");
        WebUtility.HtmlDecode(await browser.GetStringAsync(theirProject.Headers.Location!.OriginalString, Ct)).Should().Contain("Project not found.");
    }

    [Fact]
    public async Task Applying_with_nothing_selected_is_an_error_that_changes_nothing()
    {
        var (browser, api, org, project) = await SetUpAsync();
        await app.AddItemAsync(org, project, "leave me alone");

        using var bulk = await PostBulkAsync(browser, $"project={project}", ("bulkStatus", "Spam"));
        bulk.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await browser.GetStringAsync(bulk.Headers.Location!.OriginalString, Ct);
        after.Should().Contain("role=\"alert\"").And.Contain("Nothing selected").And.NotContain("set to");
        (await CountAsync(api, org, project, "status=Spam")).Should().Be(0);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("99")]
    [InlineData("0")]
    [InlineData(null)]
    public async Task A_missing_or_unknown_bulk_status_is_an_error_not_New(string? value)
    {
        var (browser, api, org, project) = await SetUpAsync();
        var item = await app.AddItemAsync(org, project, "already triaged");
        await SetStatusAsync(api, org, item, "Triaged");

        var fields = value is null ? new[] { ("allMatching", "true") } : [("bulkStatus", value), ("allMatching", "true")];
        using var bulk = await PostBulkAsync(browser, $"project={project}", fields);
        bulk.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await browser.GetStringAsync(bulk.Headers.Location!.OriginalString, Ct)).Should().Contain("role=\"alert\"").And.Contain("Choose a status to set");
        (await CountAsync(api, org, project, "status=Triaged")).Should().Be(1, "nothing was reset to New");
    }

    [Fact]
    public async Task The_last_possible_day_as_the_upper_bound_means_no_upper_bound()
    {
        var (browser, _, org, project) = await SetUpAsync();
        await app.AddItemAsync(org, project, "far future bound");

        using var inbox = await browser.GetAsync($"/admin/feedback/inbox?project={project}&to=9999-12-31", Ct);
        inbox.StatusCode.Should().Be(HttpStatusCode.OK);
        (await inbox.Content.ReadAsStringAsync(Ct)).Should().Contain("far future bound");
        using var export = await browser.GetAsync($"/admin/feedback/inbox/export.csv?project={project}&to=9999-12-31", Ct);
        export.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_export_follows_every_filter_and_works_across_projects()
    {
        var (browser, api, org, project) = await SetUpAsync();
        using var created = await api.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Second site" }, Ct);
        var other = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        await app.AddItemAsync(org, project, "upload fails here", "bug");
        await app.AddItemAsync(org, other, "upload fails there", "bug");
        await app.AddItemAsync(org, other, "upload idea", "idea");
        await app.AddItemAsync(org, other, "something else", "bug");

        var page = await browser.GetStringAsync("/admin/feedback/inbox?category=bug&q=upload", Ct);
        var link = WebUtility.HtmlDecode(ExportLink().Match(page).Groups[1].Value);
        link.Should().Contain("category=bug").And.Contain("q=upload");

        using var csv = await browser.GetAsync(link, Ct);
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Skip(1).Should().HaveCount(2).And.OnlyContain(l => l.Contains("upload fails", StringComparison.Ordinal));
        csv.Content.Headers.ContentDisposition!.FileName.Should().Contain("feedback.csv");
    }

    [Fact]
    public async Task The_category_filter_lists_the_projects_categories()
    {
        var (browser, api, org, project) = await SetUpAsync();
        using var patched = await api.PatchAsJsonAsync($"/api/v1/orgs/{org}/projects/{project}", new { categories = new[] { "billing", "crash" } }, Ct);
        patched.EnsureSuccessStatusCode();

        var html = await browser.GetStringAsync($"/admin/feedback/inbox?project={project}", Ct);
        var select = CategorySelect().Match(html).Value;
        select.Should().Contain("<option value=\"billing\">billing</option>").And.Contain("<option value=\"crash\">crash</option>").And.NotContain("value=\"idea\"");
    }

    private static int TabCount(string html, string label)
    {
        var match = Regex.Match(html, $@">{Regex.Escape(label)} <span class=""count"">(\d+)</span>");
        match.Success.Should().BeTrue($"the {label} tab is shown with its count");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> PostBulkAsync(HttpClient browser, string filters, params (string Name, string Value)[] fields)
    {
        var token = await AdminSignIn.AntiforgeryTokenAsync(browser, "/admin/feedback/inbox");
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await browser.PostAsync($"/admin/feedback/inbox?handler=BulkStatus&{filters}", new FormUrlEncodedContent(form), Ct);
    }

    private static async Task<int> CountAsync(HttpClient api, Guid org, Guid project, string query) =>
        (await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback?limit=200&{query}", Ct))!["items"]!.AsArray().Count;

    private static async Task SetStatusAsync(HttpClient api, Guid org, Guid item, string status)
    {
        using var response = await api.PatchAsJsonAsync($"/api/v1/orgs/{org}/feedback/{item}", new { status }, Ct);
        response.EnsureSuccessStatusCode();
    }

    private Task<(HttpClient Browser, HttpClient Api, Guid Org, Guid Project)> SetUpAsync() =>
        AdminPages.OrganizationWithProjectAsync(app, "Triage Org", "Triage site");

    [GeneratedRegex(@"<a [^>]*href=""[^""]*cursor=([^""&]+)[^""]*""[^>]*>Next page")]
    private static partial Regex NextCursor();

    [GeneratedRegex(@"<a class=""export""[^>]*href=""([^""]+)""")]
    private static partial Regex ExportLink();

    [GeneratedRegex(@"<select id=""f-category""[\s\S]*?</select>")]
    private static partial Regex CategorySelect();
}
