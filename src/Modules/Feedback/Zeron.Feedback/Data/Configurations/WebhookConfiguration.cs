using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Data.Configurations;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> b)
    {
        b.ToTable("webhooks");
        b.HasKey(w => w.Id);
        b.HasIndex(w => new { w.OrganizationId, w.ProjectId });
        b.Property(w => w.Url).HasMaxLength(2048);
        b.Property(w => w.ProtectedSecret).HasMaxLength(1000);
        b.HasOne<Project>().WithMany().HasForeignKey(w => w.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("webhook_deliveries");
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.WebhookId, d.EventId }).IsUnique();
        b.HasIndex(d => new { d.WebhookId, d.CreatedAt });
        b.Property(d => d.EventType).HasMaxLength(50);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.LastError).HasMaxLength(1000);
        b.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<FeedbackItem>().WithMany().HasForeignKey(d => d.FeedbackItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
