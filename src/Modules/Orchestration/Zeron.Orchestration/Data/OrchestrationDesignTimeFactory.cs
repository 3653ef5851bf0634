using Zeron.SharedKernel.Persistence;

namespace Zeron.Orchestration.Data;

internal sealed class OrchestrationDesignTimeFactory() : ModuleDesignTimeFactory<OrchestrationDbContext>(OrchestrationDbContext.Schema);
