using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary>The list's latest-activity order (<c>sort=activity</c>) and the facts it shows per item: last activity, a submitter's reply, duplicates.</summary>
public sealed class FeedbackActivityApiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sort_by_activity_puts_the_latest_message_first_and_marks_a_submitter_reply()
    {
        var (admin, org, project) = await ProjectAsync();
        var t0 = DateTimeOffset.UtcNow.AddHours(-2);
        var oldest = await app.AddItemAsync(org, project, "oldest", createdAt: t0);
        var middle = await app.AddItemAsync(org, project, "middle", createdAt: t0.AddMinutes(1));
        var newest = await app.AddItemAsync(org, project, "newest", createdAt: t0.AddMinutes(2));
        await AddMessageAsync(org, oldest, MessageAuthor.Submitter, t0.AddMinutes(3));
        await AddMessageAsync(org, middle, MessageAuthor.Admin, t0.AddMinutes(4));
        await app.Services.CreateScope().ServiceProvider.GetRequiredService<ISender>().Send(new MarkDuplicateCommand(org, newest, oldest), Ct);

        var byActivity = await ItemsAsync(admin, $"/api/v1/orgs/{org}/projects/{project}/feedback?sort=activity");
        byActivity.Select(i => i["message"]!.GetValue<string>()).Should().Equal("middle", "oldest", "newest");
        var (m, o, n) = (byActivity[0], byActivity[1], byActivity[2]);
        o["submitterReplied"]!.GetValue<bool>().Should().BeTrue("the submitter wrote the latest message, after their first");
        m["submitterReplied"]!.GetValue<bool>().Should().BeFalse("the team answered last");
        n["submitterReplied"]!.GetValue<bool>().Should().BeFalse("a first message alone is not a reply");
        o["lastActivityAt"]!.GetValue<DateTimeOffset>().Should().BeCloseTo(t0.AddMinutes(3), TimeSpan.FromMilliseconds(1));
        n["lastActivityAt"]!.GetValue<DateTimeOffset>().Should().BeCloseTo(t0.AddMinutes(2), TimeSpan.FromMilliseconds(1));
        o["duplicateCount"]!.GetValue<int>().Should().Be(1);
        m["duplicateCount"]!.GetValue<int>().Should().Be(0);

        (await ItemsAsync(admin, $"/api/v1/orgs/{org}/projects/{project}/feedback")).Select(i => i["message"]!.GetValue<string>())
            .Should().Equal("newest", "middle", "oldest");
    }

    [Fact]
    public async Task Activity_cursor_paging_walks_every_item_once_and_refuses_a_cursor_of_the_other_sort()
    {
        var (admin, org, project) = await ProjectAsync();
        var t0 = DateTimeOffset.UtcNow.AddHours(-2);
        for (var i = 0; i < 5; i++)
        {
            var id = await app.AddItemAsync(org, project, $"item {i}", createdAt: t0.AddMinutes(i));
            if (i % 2 == 0)
            {
                await AddMessageAsync(org, id, MessageAuthor.Submitter, t0.AddMinutes(10 - i));
            }
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback?sort=activity&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"), Ct);
            seen.AddRange(page!["items"]!.AsArray().Select(i => i!["message"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        seen.Should().Equal("item 0", "item 2", "item 4", "item 3", "item 1");

        var newestCursor = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback?limit=2", Ct))!["nextCursor"]!.GetValue<string>();
        using var mixed = await admin.GetAsync($"/api/v1/orgs/{org}/projects/{project}/feedback?sort=activity&cursor={newestCursor}", Ct);
        mixed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await mixed.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).Should().Contain("cursor");
    }

    [Fact]
    public async Task An_unknown_sort_is_a_problem_naming_the_parameter()
    {
        var (admin, org, project) = await ProjectAsync();
        using var response = await admin.GetAsync($"/api/v1/orgs/{org}/projects/{project}/feedback?sort=oldest", Ct);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadJsonAsync();
        problem["errors"]!["sort"]![0]!.GetValue<string>().Should().Contain("newest, activity");
    }

    [Fact]
    public async Task The_document_describes_the_sort_parameter_and_the_new_item_fields()
    {
        using var client = app.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", Ct))!;
        var list = document["paths"]!["/api/v1/orgs/{orgId}/projects/{projectId}/feedback"]!["get"]!;
        var sort = list["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "sort")!;
        sort["description"]!.GetValue<string>().Should().Contain("activity");
        var item = document["components"]!["schemas"]!["FeedbackItemDto"]!["properties"]!;
        foreach (var field in new[] { "lastActivityAt", "submitterReplied", "duplicateCount" })
        {
            item[field]!["description"]!.GetValue<string>().Should().StartWith("In list answers", field);
        }
    }

    private async Task AddMessageAsync(Guid org, Guid item, MessageAuthor author, DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        await using var transaction = await db.BeginTenantTransactionAsync(org, Ct);
        db.ConversationMessages.Add(new ConversationMessage
        {
            Id = Guid.CreateVersion7(), OrganizationId = org, FeedbackItemId = item, Author = author, Body = $"{author} at {at:O}", CreatedAt = at,
        });
        await db.SaveChangesAsync(Ct);
        await transaction.CommitAsync(Ct);
    }

    private static async Task<List<JsonObject>> ItemsAsync(HttpClient admin, string url) =>
        (await admin.GetFromJsonAsync<JsonObject>(url, Ct))!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

    private async Task<(HttpClient Admin, Guid Org, Guid Project)> ProjectAsync()
    {
        var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Activity API");
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Site" }, Ct);
        return (admin, org, (await created.ReadJsonAsync())["id"]!.GetValue<Guid>());
    }
}
