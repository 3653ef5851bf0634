using Zeron.SharedKernel.Persistence;

namespace Zeron.Analytics.Data;

internal sealed class AnalyticsDesignTimeFactory() : ModuleDesignTimeFactory<AnalyticsDbContext>(AnalyticsDbContext.Schema);
