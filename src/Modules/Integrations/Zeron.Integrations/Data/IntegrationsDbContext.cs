using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Connections.Domain;
using Zeron.Integrations.Data.Configurations;
using Zeron.Integrations.Llm.Domain;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Integrations.Data;

/// <summary>
/// Schema <c>integrations</c>: owned by the Integrations module alone. Tenant tables are under row-level security
/// (see the migrations); prices are instance-wide.
/// </summary>
internal sealed class IntegrationsDbContext(DbContextOptions<IntegrationsDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "integrations";

    public DbSet<LlmPrice> LlmPrices => Set<LlmPrice>();

    public DbSet<AiUsageEntry> AiUsage => Set<AiUsageEntry>();

    public DbSet<AiBudget> AiBudgets => Set<AiBudget>();

    public DbSet<Connection> Connections => Set<Connection>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new LlmPriceConfiguration());
        modelBuilder.ApplyConfiguration(new AiUsageEntryConfiguration());
        modelBuilder.ApplyConfiguration(new AiBudgetConfiguration());
        modelBuilder.ApplyConfiguration(new ConnectionConfiguration());
    }
}
