using System.Net.Http.Json;
using AwesomeAssertions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary>Two admins merging at the same moment never leave a cycle or a chain of duplicates.</summary>
public sealed class MarkDuplicateRaceTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task Opposite_merges_at_once_leave_one_survivor_never_a_cycle()
    {
        var (org, project) = await ProjectAsync();
        for (var round = 0; round < 8; round++)
        {
            var a = await app.AddItemAsync(org, project, $"A {round}");
            var b = await app.AddItemAsync(org, project, $"B {round}");

            await Task.WhenAll(MarkAsync(org, a, b), MarkAsync(org, b, a));

            var links = await LinksAsync(org, a, b);
            links.Count(l => l.Value is not null).Should().Be(1, "one merge wins; the other would make an item a duplicate of itself");
        }
    }

    [Fact]
    public async Task Merges_along_a_line_at_once_end_on_one_survivor_never_a_chain()
    {
        var (org, project) = await ProjectAsync();
        for (var round = 0; round < 8; round++)
        {
            var a = await app.AddItemAsync(org, project, $"A {round}");
            var b = await app.AddItemAsync(org, project, $"B {round}");
            var c = await app.AddItemAsync(org, project, $"C {round}");

            await Task.WhenAll(MarkAsync(org, a, b), MarkAsync(org, b, c));

            var links = await LinksAsync(org, a, b, c);
            links[a].Should().Be(c, "A's survivor became a duplicate of C, so A follows it to C");
            links[b].Should().Be(c);
            links[c].Should().BeNull();
        }
    }

    [Fact]
    public async Task A_merge_into_an_item_whose_survivor_is_merged_away_at_once_ends_on_the_last_survivor()
    {
        var (org, project) = await ProjectAsync();
        for (var round = 0; round < 8; round++)
        {
            var a = await app.AddItemAsync(org, project, $"A {round}");
            var b = await app.AddItemAsync(org, project, $"B {round}");
            var s = await app.AddItemAsync(org, project, $"S {round}");
            var z = await app.AddItemAsync(org, project, $"Z {round}");
            await MarkAsync(org, b, s);

            await Task.WhenAll(MarkAsync(org, a, b), MarkAsync(org, s, z));

            var links = await LinksAsync(org, a, b, s, z);
            links[a].Should().Be(z, "A joins B's survivor S, which went into Z");
            links[b].Should().Be(z);
            links[s].Should().Be(z);
            links[z].Should().BeNull();
        }
    }

    private async Task<(Guid Org, Guid Project)> ProjectAsync()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = $"Merges {Guid.NewGuid():N}" });
        return (org, (await created.EnsureSuccessStatusCode().ReadJsonAsync())["id"]!.GetValue<Guid>());
    }

    /// <summary>Each merge in its own scope, as two requests would be.</summary>
    private async Task MarkAsync(Guid org, Guid item, Guid into)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new MarkDuplicateCommand(org, item, into));
    }

    private async Task<Dictionary<Guid, Guid?>> LinksAsync(Guid org, params Guid[] ids)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        await using var transaction = await db.BeginTenantTransactionAsync(org, CancellationToken.None);
        return await db.FeedbackItems.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.DuplicateOfId);
    }
}
