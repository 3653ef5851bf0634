using Microsoft.Extensions.DependencyInjection;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary>Puts feedback straight into the app's store (through its own DbContext and RLS), for API tests that read it.</summary>
internal static class FeedbackSeed
{
    public static async Task<Guid> AddItemAsync(
        this ZeronAppFactory app, Guid organizationId, Guid projectId, string message,
        string category = "bug", string? email = null, DateTimeOffset? createdAt = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, CancellationToken.None);
        var at = createdAt ?? DateTimeOffset.UtcNow;
        var item = new FeedbackItem
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            ProjectId = projectId,
            ClientId = Guid.NewGuid().ToString("N"),
            Message = message,
            Category = category,
            SubmitterEmail = email,
            ConversationId = Guid.NewGuid(),
            CreatedAt = at,
            UpdatedAt = at,
        };
        db.FeedbackItems.Add(item);
        db.ConversationMessages.Add(new ConversationMessage
        {
            Id = Guid.CreateVersion7(), OrganizationId = organizationId, FeedbackItemId = item.Id,
            Author = Zeron.Feedback.Contracts.Items.MessageAuthor.Submitter, Body = message, CreatedAt = at,
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return item.Id;
    }
}
