using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Data.Configurations;

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> b)
    {
        b.ToTable("conversation_messages");
        b.HasKey(m => m.Id);
        b.HasIndex(m => new { m.FeedbackItemId, m.CreatedAt });
        b.Property(m => m.Author).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Body).HasMaxLength(5000);
        b.HasOne<FeedbackItem>().WithMany().HasForeignKey(m => m.FeedbackItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
