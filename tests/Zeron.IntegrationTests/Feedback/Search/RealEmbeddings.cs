using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Feedback.Data;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.SharedKernel.Persistence;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Search;

/// <summary>Embeds items with the app's own embedding provider (the real local MiniLM), as the embedding job would.</summary>
internal static class RealEmbeddings
{
    public static async Task EmbedAsync(this ZeronAppFactory app, Guid organizationId, IReadOnlyList<Guid> itemIds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        await db.InTenantTransactionAsync(organizationId, async () =>
        {
            var items = await db.FeedbackItems.Where(f => itemIds.Contains(f.Id)).ToListAsync();
            var batch = await sender.Send(new EmbedTexts(organizationId, null, items.Select(i => i.Message).ToList()));
            for (var i = 0; i < items.Count; i++)
            {
                items[i].Embed(batch.Value.Vectors[i], batch.Value.Model);
            }

            return items.Count;
        }, CancellationToken.None);
    }
}
