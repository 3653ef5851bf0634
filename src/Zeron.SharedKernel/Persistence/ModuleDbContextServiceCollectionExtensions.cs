using System.Data.Common;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Zeron.SharedKernel.Outbox;

namespace Zeron.SharedKernel.Persistence;

public static class ModuleDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext on the app's runtime <see cref="NpgsqlDataSource"/> with its own schema and its
    /// own migrations history table, its migrator, and the dispatcher job of its outbox and its operators' view (<see cref="IModuleOutbox"/>).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, IConfiguration configuration, string module, string schema)
        where TContext : DbContext, IOutboxDbContext
    {
        var connections = DatabaseConnections.From(configuration);
        services.TryAddSingleton(_ => RuntimeDataSource.Create(connections.Runtime));
        services.AddDbContext<TContext>((sp, options) => options.UseModuleNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), schema));
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TContext>(connections, module, schema));
        services.AddScoped<OutboxDispatcher<TContext>>();
        services.AddScoped<IModuleInitializer>(sp => new OutboxDispatchInitializer<TContext>(sp.GetRequiredService<IRecurringJobManager>(), module));
        services.AddScoped<IModuleOutbox>(sp => new ModuleOutbox<TContext>(sp.GetRequiredService<TContext>(), module, schema));
        return services;
    }

    /// <summary>The one way every module configures Npgsql (also used by the design-time factories).</summary>
    public static DbContextOptionsBuilder UseModuleNpgsql(this DbContextOptionsBuilder options, string? connectionString, string schema) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention();

    /// <inheritdoc cref="UseModuleNpgsql(DbContextOptionsBuilder, string?, string)"/>
    public static DbContextOptionsBuilder UseModuleNpgsql(this DbContextOptionsBuilder options, DbDataSource dataSource, string schema) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention();
}
