using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zeron.Integrations.Llm.Domain;

namespace Zeron.Integrations.Data.Configurations;

internal sealed class LlmPriceConfiguration : IEntityTypeConfiguration<LlmPrice>
{
    public void Configure(EntityTypeBuilder<LlmPrice> b)
    {
        b.ToTable("llm_prices");
        b.HasKey(p => p.Id);
        b.Property(p => p.Provider).HasMaxLength(20);
        b.Property(p => p.Model).HasMaxLength(100);
        b.HasIndex(p => new { p.Provider, p.Model, p.EffectiveFrom }).IsUnique();
        foreach (var price in new[] { "InputPerMillion", "OutputPerMillion", "CacheWrite5mPerMillion", "CacheWrite1hPerMillion", "CacheReadPerMillion" })
        {
            b.Property<decimal>(price).HasPrecision(12, 6);
        }

        b.HasData(LlmPriceSeed.Rows);
    }
}

internal sealed class AiUsageEntryConfiguration : IEntityTypeConfiguration<AiUsageEntry>
{
    public void Configure(EntityTypeBuilder<AiUsageEntry> b)
    {
        b.ToTable("ai_usage");
        b.HasKey(u => u.Id);
        b.Property(u => u.Feature).HasMaxLength(20);
        b.Property(u => u.Provider).HasMaxLength(20);
        b.Property(u => u.Model).HasMaxLength(100);
        b.Property(u => u.ReservedUsd).HasPrecision(14, 8);
        b.Property(u => u.CostUsd).HasPrecision(14, 8);
        b.Property(u => u.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(u => u.Error).HasMaxLength(300);
        b.HasIndex(u => new { u.OrganizationId, u.CreatedAt });
    }
}

internal sealed class AiBudgetConfiguration : IEntityTypeConfiguration<AiBudget>
{
    public void Configure(EntityTypeBuilder<AiBudget> b)
    {
        b.ToTable("ai_budgets");
        b.HasKey(x => x.OrganizationId);
        b.Property(x => x.MonthlyUsd).HasPrecision(12, 2);
    }
}
