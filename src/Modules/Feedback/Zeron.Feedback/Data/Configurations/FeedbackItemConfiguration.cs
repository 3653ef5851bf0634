using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Data.Configurations;

internal sealed class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> b)
    {
        b.ToTable("feedback_items", t => t.HasCheckConstraint("ck_feedback_items_triage_sentiment", "triage_sentiment BETWEEN -1 AND 1"));
        b.HasKey(f => f.Id);
        b.Property(f => f.ClientId).HasMaxLength(100);
        b.HasIndex(f => new { f.ProjectId, f.ClientId }).IsUnique();
        b.HasIndex(f => new { f.OrganizationId, f.ProjectId, f.CreatedAt, f.Id }).IsDescending(false, false, true, true);
        b.HasIndex(f => f.ConversationId).IsUnique();
        b.HasIndex(f => new { f.OrganizationId, f.SubmitterEmail });
        b.Property(f => f.Message).HasMaxLength(5000);
        b.Property(f => f.Category).HasMaxLength(30);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.SubmitterEmail).HasMaxLength(254);
        b.Property(f => f.AnonymousId).HasMaxLength(100);
        b.Property(f => f.PageUrl).HasMaxLength(2048);
        b.Property(f => f.UserAgent).HasMaxLength(512);
        b.Property(f => f.Metadata).HasColumnType("jsonb");
        b.HasGeneratedTsVectorColumn(f => f.SearchVector, "simple", f => new { f.Message })
            .HasIndex(f => f.SearchVector).HasMethod("GIN");
        b.Property(f => f.Embedding).HasColumnType("vector(384)");
        b.Property(f => f.EmbeddingModel).HasMaxLength(100);
        b.HasIndex(f => f.Embedding).HasMethod("hnsw").HasOperators("vector_cosine_ops");
        b.HasIndex(f => new { f.ProjectId, f.EmbeddingModel });

        // The search's "how many rows are embedded" probe, answered from the index alone: the row-level security
        // policy reads conversation_id, so it is included, or every probed row would be fetched from the heap.
        b.HasIndex(f => new { f.OrganizationId, f.ProjectId, f.EmbeddingModel })
            .IncludeProperties(f => f.ConversationId).HasFilter("embedding IS NOT NULL");

        // The indexing job's "what is not embedded yet", oldest first, without reading the project's embedded rows.
        b.HasIndex(f => new { f.OrganizationId, f.ProjectId, f.Id }).HasFilter("embedding IS NULL");
        b.ComplexProperty(f => f.Triage, t =>
        {
            t.Property(s => s.Title).HasMaxLength(TriageSummary.MaxTitleLength);
            t.Property(s => s.Category).HasMaxLength(Categories.MaxLength);
            t.Property(s => s.Priority).HasConversion<string>().HasMaxLength(10);
            t.Property(s => s.Language).HasMaxLength(2);
            t.Property(s => s.Model).HasMaxLength(100);
            t.Property(s => s.TriagedAt).HasColumnName("triaged_at");
        });
        b.HasOne<Project>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<FeedbackItem>().WithMany().HasForeignKey(f => f.DuplicateOfId).OnDelete(DeleteBehavior.SetNull);
    }
}
