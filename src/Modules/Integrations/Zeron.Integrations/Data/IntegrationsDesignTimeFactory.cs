using Zeron.SharedKernel.Persistence;

namespace Zeron.Integrations.Data;

internal sealed class IntegrationsDesignTimeFactory() : ModuleDesignTimeFactory<IntegrationsDbContext>(IntegrationsDbContext.Schema);
