using System.Diagnostics;
using System.Net.Http.Json;
using AwesomeAssertions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Overview;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.SharedKernel.Persistence;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary>The admin home's feedback numbers (<see cref="GetFeedbackOverviewQuery"/>) on real rows: right, tenant-safe, cheap.</summary>
public sealed class FeedbackOverviewTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static readonly DateTimeOffset WeekAgo = Now.AddDays(-7);

    [Fact]
    public async Task Counts_this_weeks_feedback_and_the_conversations_waiting_for_a_reply_per_project_and_names_the_first_origin()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Overview {Guid.NewGuid():N}"[..24]);
        var beta = await ProjectAsync(admin, org, "Beta");
        var alpha = await ProjectAsync(admin, org, "Alpha");
        await ProjectAsync(admin, org, "Gamma");

        var first = await SeedAsync(org, alpha, Now.AddDays(-10), pageUrl: "https://Shop.Example.com:8443/cart?step=2#pay"); // waiting, not new
        await SeedAsync(org, alpha, Now.AddHours(-3), replies: [MessageAuthor.Admin]);                                     // new, answered
        await SeedAsync(org, alpha, Now.AddHours(-2), replies: [MessageAuthor.Admin, MessageAuthor.Submitter]);            // new, waiting again
        await SeedAsync(org, alpha, Now.AddHours(-1), status: FeedbackStatus.Spam);                                        // new, waits for nobody
        await SeedAsync(org, beta, Now.AddDays(-2), status: FeedbackStatus.Done);                                          // new, settled
        await SeedAsync(org, beta, Now.AddDays(-8), replies: [MessageAuthor.Assistant]);                                   // neither

        var overview = await OverviewAsync(org);

        overview.Projects.Select(p => (p.Name, p.NewSince, p.WaitingForReply))
            .Should().Equal(("Alpha", 3, 2), ("Beta", 1, 0), ("Gamma", 0, 0));
        overview.NewSince.Should().Be(4);
        overview.WaitingForReply.Should().Be(2);
        overview.FirstFeedback.Should().Be(new FirstFeedbackDto(first, alpha, "https://shop.example.com:8443", overview.FirstFeedback!.ReceivedAt));
    }

    [Fact]
    public async Task First_feedback_without_a_page_came_through_the_api()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Overview {Guid.NewGuid():N}"[..24]);
        var project = await ProjectAsync(admin, org, "Shop");
        var key = (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/v1/orgs/{org}/projects/{project}", Ct))!["publicKey"]!.GetValue<string>();
        using (var server = WidgetClient.Create(app))
        using (var created = await server.SubmitAsync(key, WidgetClient.Body(key, Guid.NewGuid().ToString("N"), "From our CRM")))
        {
            created.EnsureSuccessStatusCode(); // server to server: no Origin, no page
        }

        var overview = await OverviewAsync(org);

        overview.FirstFeedback.Should().NotBeNull();
        overview.FirstFeedback!.Origin.Should().BeNull();
        overview.NewSince.Should().Be(1);
    }

    [Fact]
    public async Task Another_organizations_feedback_never_counts()
    {
        using var admin = await app.CreateAdminClientAsync();
        var orgA = await admin.CreateOrganizationAsync($"Quiet {Guid.NewGuid():N}"[..24]);
        var orgB = await admin.CreateOrganizationAsync($"Busy {Guid.NewGuid():N}"[..24]);
        var projectA = await ProjectAsync(admin, orgA, "A's site");
        var projectB = await ProjectAsync(admin, orgB, "B's site");
        await SeedAsync(orgB, projectB, Now.AddDays(-1), pageUrl: "https://b.example.com/");
        await SeedAsync(orgB, projectB, Now.AddMinutes(-5));

        var quiet = await OverviewAsync(orgA);
        var busy = await OverviewAsync(orgB);

        quiet.Projects.Should().Equal(new ProjectActivityDto(projectA, "A's site", 0, 0));
        quiet.FirstFeedback.Should().BeNull("B's first feedback is not A's");
        busy.Projects.Should().Equal(new ProjectActivityDto(projectB, "B's site", 2, 2));
        busy.FirstFeedback!.Origin.Should().Be("https://b.example.com");
    }

    [Fact]
    public async Task The_numbers_take_the_same_few_database_commands_for_one_project_or_six()
    {
        using var admin = await app.CreateAdminClientAsync();
        var small = await admin.CreateOrganizationAsync($"Small {Guid.NewGuid():N}"[..24]);
        var large = await admin.CreateOrganizationAsync($"Large {Guid.NewGuid():N}"[..24]);
        await SeedAsync(small, await ProjectAsync(admin, small, "Only"), Now);
        for (var i = 0; i < 6; i++)
        {
            await SeedAsync(large, await ProjectAsync(admin, large, $"Site {i}"), Now, replies: [MessageAuthor.Admin]);
        }

        var (smallCommands, smallOverview) = await CountCommandsAsync(small);
        var (largeCommands, largeOverview) = await CountCommandsAsync(large);

        smallOverview.Projects.Should().HaveCount(1);
        largeOverview.Projects.Should().HaveCount(6);
        largeCommands.Should().Be(smallCommands, "no command per project");
        smallCommands.Should().BeLessThanOrEqualTo(3, "the tenant setting, the projects with their counts, the first item");
    }

    private async Task<FeedbackOverviewDto> OverviewAsync(Guid org) => (await CountCommandsAsync(org)).Overview;

    /// <summary>Runs the query in its own scope and counts the SQL commands its DbContext sent (EF's diagnostics).</summary>
    private async Task<(int Commands, FeedbackOverviewDto Overview)> CountCommandsAsync(Guid org)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var counter = new CommandCounter(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>());
        using var subscription = DiagnosticListener.AllListeners.Subscribe(counter);
        var overview = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetFeedbackOverviewQuery(org, WeekAgo), Ct);
        return (counter.Count, overview);
    }

    private static async Task<Guid> ProjectAsync(HttpClient admin, Guid org, string name)
    {
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();
    }

    /// <summary>An item as the widget stores it (the submitter's first message), then <paramref name="replies"/> a minute apart.</summary>
    private async Task<Guid> SeedAsync(
        Guid org, Guid project, DateTimeOffset at, string? pageUrl = null, FeedbackStatus status = FeedbackStatus.New, MessageAuthor[]? replies = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        await using var transaction = await db.BeginTenantTransactionAsync(org, Ct);
        var item = new FeedbackItem
        {
            Id = Guid.CreateVersion7(), OrganizationId = org, ProjectId = project, ClientId = Guid.NewGuid().ToString("N"),
            Message = "Seeded", Category = "bug", PageUrl = pageUrl, ConversationId = Guid.NewGuid(), CreatedAt = at, UpdatedAt = at,
        };
        item.ChangeStatus(status, at);
        db.FeedbackItems.Add(item);
        foreach (var (author, i) in new[] { MessageAuthor.Submitter }.Concat(replies ?? []).Select((a, i) => (a, i)))
        {
            db.ConversationMessages.Add(new ConversationMessage
            {
                Id = Guid.CreateVersion7(), OrganizationId = org, FeedbackItemId = item.Id, Author = author, Body = "Seeded", CreatedAt = at.AddMinutes(i),
            });
        }

        await db.SaveChangesAsync(Ct);
        await transaction.CommitAsync(Ct);
        return item.Id;
    }

    /// <summary>Counts <see cref="RelationalEventId.CommandExecuting"/> of one DbContext instance (other tests run alongside).</summary>
    private sealed class CommandCounter(DbContext context) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private int _count;

        public int Count => _count;

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && ReferenceEquals(data.Context, context))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
