using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Zeron.SharedKernel.Persistence;

/// <summary>Base of each module's design-time factory, so <c>dotnet ef migrations add</c> builds the context offline.</summary>
public abstract class ModuleDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseModuleNpgsql("Host=localhost", schema);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
