using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Domain;

namespace Zeron.Accounts.Data;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.Name).HasMaxLength(100);
        b.Property(o => o.Slug).HasMaxLength(50);
        b.HasIndex(o => o.Slug).IsUnique();
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.HasKey(m => new { m.OrganizationId, m.UserId });
        b.HasIndex(m => m.UserId);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ZeronUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.HasKey(k => k.Id);
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.Prefix).HasMaxLength(32);
        b.HasIndex(k => k.Prefix).IsUnique();
        b.HasIndex(k => k.OrganizationId);
        b.HasOne<Organization>().WithMany().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.Email).HasMaxLength(254);
        b.Property(i => i.NormalizedEmail).HasMaxLength(256);
        b.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        b.Property(i => i.TokenHash).HasMaxLength(32);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasIndex(i => i.NormalizedEmail);

        // One open invitation per email and organization: a second one replaces it (the first is revoked in the same
        // transaction), and of two at once one gets 409.
        b.HasIndex(i => new { i.OrganizationId, i.NormalizedEmail }).IsUnique().HasFilter($"status = '{nameof(InvitationStatus.Pending)}'");
        b.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
