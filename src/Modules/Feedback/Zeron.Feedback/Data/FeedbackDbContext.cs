using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Data.Configurations;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Data;

/// <summary>
/// Schema <c>feedback</c>. Tenant tables are under row-level security (see the migrations): run tenant work inside
/// <see cref="RowLevelSecurity.BeginTenantTransactionAsync"/>, and still filter by organization in every query.
/// </summary>
internal sealed class FeedbackDbContext(DbContextOptions<FeedbackDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "feedback";

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();

    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();

    public DbSet<Webhook> Webhooks => Set<Webhook>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ProjectConfiguration());
        modelBuilder.ApplyConfiguration(new FeedbackItemConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationMessageConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookDeliveryConfiguration());
    }
}
