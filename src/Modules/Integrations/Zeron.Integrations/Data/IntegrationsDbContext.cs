using Microsoft.EntityFrameworkCore;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Integrations.Data;

/// <summary>Schema <c>integrations</c>: owned by the Integrations module alone.</summary>
internal sealed class IntegrationsDbContext(DbContextOptions<IntegrationsDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "integrations";
}
