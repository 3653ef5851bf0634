using Microsoft.EntityFrameworkCore;
using Zeron.Analytics.Domain;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Analytics.Data;

/// <summary>Schema <c>analytics</c>: owned by the Analytics module alone.</summary>
internal sealed class AnalyticsDbContext(DbContextOptions<AnalyticsDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "analytics";

    public DbSet<KnownOrganization> Organizations => Set<KnownOrganization>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new KnownOrganizationConfiguration());
}
