using System.Reflection;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace Zeron.ArchitectureTests;

/// <summary>
/// One DbContext per module, in its own schema, with its own migrations history table. Contexts are built the way
/// <c>dotnet ef</c> builds them, through the module's design-time factory; nothing connects to a database.
/// </summary>
public sealed class ModuleDbContextTests
{
    private static Type[] DbContextTypes(Assembly assembly) =>
        SourceTypes.In(assembly).Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract).ToArray();

    private static DbContext CreateContext(ModuleUnderTest module)
    {
        var contextType = DbContextTypes(module.Implementation).Single();
        var factoryInterface = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(contextType);
        var factoryType = SourceTypes.In(module.Implementation).Single(factoryInterface.IsAssignableFrom);
        var factory = Activator.CreateInstance(factoryType, nonPublic: true)!;
        return (DbContext)factoryInterface.GetMethod(nameof(IDesignTimeDbContextFactory<>.CreateDbContext))!.Invoke(factory, [Array.Empty<string>()])!;
    }

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void A_module_has_exactly_one_db_context(string module)
    {
        DbContextTypes(ZeronAssemblies.Module(module).Implementation).Should().ContainSingle();
    }

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void Every_table_of_a_module_is_in_the_schema_named_after_the_module(string module)
    {
        using var context = CreateContext(ZeronAssemblies.Module(module));
        var schema = module.ToLowerInvariant();

        context.Model.GetDefaultSchema().Should().Be(schema);
        context.Model.GetEntityTypes().Where(e => e.GetTableName() is not null)
            .Should().OnlyContain(e => e.GetSchema() == schema);
    }

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void A_module_keeps_its_migrations_history_in_its_own_schema(string module)
    {
        using var context = CreateContext(ZeronAssemblies.Module(module));

        var relational = RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>());

        relational.MigrationsHistoryTableSchema.Should().Be(module.ToLowerInvariant());
    }

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void Every_migration_of_a_module_belongs_to_its_own_db_context(string module)
    {
        var implementation = ZeronAssemblies.Module(module).Implementation;
        var contextType = DbContextTypes(implementation).Single();
        var migrations = implementation.GetTypes().Where(t => typeof(Migration).IsAssignableFrom(t)).ToList();

        migrations.Should().NotBeEmpty();
        migrations.Should().OnlyContain(m => m.GetCustomAttribute<DbContextAttribute>()!.ContextType == contextType);
    }

    [Fact]
    public void No_two_modules_share_a_schema()
    {
        var schemas = ZeronAssemblies.Modules.Select(m =>
        {
            using var context = CreateContext(m);
            return context.Model.GetDefaultSchema();
        }).ToList();

        schemas.Should().OnlyHaveUniqueItems().And.HaveCount(ZeronAssemblies.Modules.Count);
    }
}
