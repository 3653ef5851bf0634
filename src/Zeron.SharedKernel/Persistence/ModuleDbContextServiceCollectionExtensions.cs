using System.Data.Common;
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
    /// own migrations history table, its migrator, and its event tables: the outbox and inbox dispatchers, their
    /// recurring job, the inbox other modules hand events to, and the operators' view of both (<see cref="IModuleEventQueue"/>).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, IConfiguration configuration, string module, string schema)
        where TContext : DbContext, IEventTablesDbContext
    {
        var connections = DatabaseConnections.From(configuration);
        services.TryAddSingleton(_ => RuntimeDataSource.Create(connections.Runtime));
        services.AddDbContext<TContext>((sp, options) => options.UseModuleNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), schema));
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TContext>(connections, module, schema));
        services.TryAddSingleton<IntegrationEventCatalog>();
        services.AddScoped<OutboxDispatcher<TContext>>();
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<InboxDispatcher<TContext>>(sp, module));
        services.AddScoped<ModuleEventsJob<TContext>>();
        services.AddScoped<IModuleInitializer>(sp => ActivatorUtilities.CreateInstance<ModuleEventsJobInitializer<TContext>>(sp, module));
        services.AddScoped<IModuleInbox>(sp => new ModuleInbox(sp.GetRequiredService<NpgsqlDataSource>(), module, EventTablesModelBuilderExtensions.Qualify(schema, InboxMessage.TableName)));
        services.AddScoped<IModuleEventQueue>(sp => new ModuleEventQueue<TContext, OutboxMessage>(sp.GetRequiredService<TContext>(), module, EventQueueKind.Outbox));
        services.AddScoped<IModuleEventQueue>(sp => new ModuleEventQueue<TContext, InboxMessage>(sp.GetRequiredService<TContext>(), module, EventQueueKind.Inbox));
        return services;
    }

    /// <summary>The one way every module configures Npgsql (also used by the design-time factories).</summary>
    public static DbContextOptionsBuilder UseModuleNpgsql(this DbContextOptionsBuilder options, string? connectionString, string schema) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema).UseVector())
            .UseSnakeCaseNamingConvention();

    /// <inheritdoc cref="UseModuleNpgsql(DbContextOptionsBuilder, string?, string)"/>
    public static DbContextOptionsBuilder UseModuleNpgsql(this DbContextOptionsBuilder options, DbDataSource dataSource, string schema) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema).UseVector())
            .UseSnakeCaseNamingConvention();
}
