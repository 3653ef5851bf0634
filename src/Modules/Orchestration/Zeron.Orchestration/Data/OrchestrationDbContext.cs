using Microsoft.EntityFrameworkCore;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Orchestration.Data;

/// <summary>Schema <c>orchestration</c>: owned by the Orchestration module alone.</summary>
internal sealed class OrchestrationDbContext(DbContextOptions<OrchestrationDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "orchestration";
}
