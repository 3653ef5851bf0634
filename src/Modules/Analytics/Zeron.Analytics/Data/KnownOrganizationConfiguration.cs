using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zeron.Analytics.Domain;

namespace Zeron.Analytics.Data;

internal sealed class KnownOrganizationConfiguration : IEntityTypeConfiguration<KnownOrganization>
{
    public void Configure(EntityTypeBuilder<KnownOrganization> b)
    {
        b.ToTable("organizations");
        b.HasKey(o => o.OrganizationId);
        b.Property(o => o.Name).HasMaxLength(100);
        b.Property(o => o.Slug).HasMaxLength(50);
    }
}
