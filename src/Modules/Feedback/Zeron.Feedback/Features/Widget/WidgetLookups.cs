using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.Widget;

/// <summary>A conversation found through its id, with what the widget routes need of its project.</summary>
internal sealed record WidgetConversation(Guid FeedbackItemId, Guid OrganizationId, Guid ProjectId, List<string> AllowedOrigins);

/// <summary>
/// The widget's two ways into tenant data without a signed-in tenant (policies <c>widget_key_lookup</c> and
/// <c>conversation_lookup</c>): find the row by what the caller presented, then switch the rest of the transaction
/// to its organization. Call inside a transaction (the settings are <c>SET LOCAL</c>).
/// </summary>
internal static class WidgetLookups
{
    public const string ProjectKeySetting = "zeron.project_key";
    public const string ConversationSetting = "zeron.conversation_id";

    /// <summary>The project holding <paramref name="key"/>, or null; on success the transaction acts for its organization.</summary>
    public static async Task<Project?> FindProjectByKeyAsync(this FeedbackDbContext db, string? key, CancellationToken cancellationToken)
    {
        // The shape check keeps junk (NUL bytes, megabytes) away from PostgreSQL and answers it like an unknown key.
        if (!ProjectKeys.LooksValid(key))
        {
            return null;
        }

        await db.SetLocalAsync(ProjectKeySetting, key!, cancellationToken);
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.PublicKey == key, cancellationToken);
        if (project is not null)
        {
            await db.SetLocalAsync(RowLevelSecurity.OrganizationSetting, project.OrganizationId.ToString(), cancellationToken);
        }

        return project;
    }

    /// <summary>The conversation with this id, or null; on success the transaction acts for its organization.</summary>
    public static async Task<WidgetConversation?> FindConversationAsync(this FeedbackDbContext db, Guid conversationId, CancellationToken cancellationToken)
    {
        await db.SetLocalAsync(ConversationSetting, conversationId.ToString(), cancellationToken);
        var item = await db.FeedbackItems.AsNoTracking()
            .Where(f => f.ConversationId == conversationId)
            .Select(f => new { f.Id, f.OrganizationId, f.ProjectId })
            .SingleOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return null;
        }

        await db.SetLocalAsync(RowLevelSecurity.OrganizationSetting, item.OrganizationId.ToString(), cancellationToken);
        var origins = await db.Projects.AsNoTracking()
            .Where(p => p.Id == item.ProjectId && p.OrganizationId == item.OrganizationId)
            .Select(p => p.AllowedOrigins)
            .SingleAsync(cancellationToken);
        return new WidgetConversation(item.Id, item.OrganizationId, item.ProjectId, origins);
    }

    /// <summary>Null origin: no check needed (no Origin header, or same-origin); otherwise the allowlist decides.</summary>
    public static bool Admits(IEnumerable<string> allowedOrigins, string? origin) =>
        origin is null || AllowedOrigins.Admits(allowedOrigins, origin);
}
