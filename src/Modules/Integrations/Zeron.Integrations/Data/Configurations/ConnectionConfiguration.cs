using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zeron.Integrations.Connections.Domain;

namespace Zeron.Integrations.Data.Configurations;

/// <summary>
/// Table <c>connections</c>, under row-level security. Names are unique per organization ignoring case: the migration
/// adds that index on <c>lower(name)</c>, which EF's model cannot express.
/// </summary>
internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> b)
    {
        b.ToTable("connections");
        b.HasKey(c => c.Id);
        b.HasIndex(c => new { c.OrganizationId, c.Kind, c.UpdatedAt });
        b.Property(c => c.Kind).HasMaxLength(20);
        b.Property(c => c.Name).HasMaxLength(Connection.MaxNameLength);
        b.Property(c => c.BaseUrl).HasMaxLength(Connection.MaxUrlLength);
        b.Property(c => c.Model).HasMaxLength(Connection.MaxModelLength);
        b.Property(c => c.Email).HasMaxLength(Connection.MaxEmailLength);
        b.Property(c => c.ProtectedSecret).HasMaxLength(4000);
    }
}
