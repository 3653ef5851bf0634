using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Triage;

/// <summary>Gives a stored item an AI summary through the entity (as the triage job does), for tests of what reads it.</summary>
internal static class TriageSeed
{
    public static readonly DateTimeOffset TriagedAt = new(2026, 12, 1, 10, 0, 5, TimeSpan.Zero);

    public static async Task TriageAsync(
        this ZeronAppFactory app, Guid organizationId, Guid itemId, FeedbackPriority priority, double sentiment,
        string title = "A title", string category = "bug", string language = "en")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        await db.InTenantTransactionAsync(organizationId, async () =>
        {
            var item = await db.FeedbackItems.SingleAsync(f => f.Id == itemId);
            return item.ApplyTriage(new TriageSummary(title, category, sentiment, priority, language, TriagedAt, "claude-test"));
        }, CancellationToken.None);
    }

    public static async Task<Guid> AddTriagedItemAsync(
        this ZeronAppFactory app, Guid organizationId, Guid projectId, string message, FeedbackPriority priority, double sentiment)
    {
        var id = await app.AddItemAsync(organizationId, projectId, message);
        await app.TriageAsync(organizationId, id, priority, sentiment, title: "Title of " + message);
        return id;
    }
}
