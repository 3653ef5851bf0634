using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Outbox;

namespace Zeron.Accounts.Data;

/// <summary>Schema <c>accounts</c>: Identity users, organizations, memberships, invitations, API keys, Data Protection keys, outbox and inbox.</summary>
internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<ZeronUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext, IEventTablesDbContext
{
    public const string Schema = "accounts";

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<ZeronUser>().ToTable("users");
        builder.Entity<ZeronUser>().HasOne<Organization>().WithMany().HasForeignKey(u => u.LastOrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.ApplyConfiguration(new OrganizationConfiguration());
        builder.ApplyConfiguration(new MembershipConfiguration());
        builder.ApplyConfiguration(new ApiKeyConfiguration());
        builder.ApplyConfiguration(new InvitationConfiguration());
        builder.ApplyEventTables();
    }
}
