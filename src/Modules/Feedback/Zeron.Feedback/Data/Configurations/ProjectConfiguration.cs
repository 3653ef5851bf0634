using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.ToTable("projects");
        b.HasKey(p => p.Id);
        b.HasIndex(p => p.OrganizationId);
        b.Property(p => p.Name).HasMaxLength(100);
        b.Property(p => p.PublicKey).HasMaxLength(64);
        b.HasIndex(p => p.PublicKey).IsUnique();
        b.OwnsOne(p => p.Widget, w => w.ToJson("widget"));
    }
}
