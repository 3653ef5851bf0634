using System.Reflection;
using System.Runtime.CompilerServices;
using AwesomeAssertions;
using NetArchTest.Rules;
using Xunit;

namespace Zeron.ArchitectureTests;

/// <summary>Every concrete class a person wrote in a module is sealed. EF migrations are generated code and exempt.</summary>
public sealed class SealedClassTests
{
    private static IEnumerable<string> UnsealedConcreteClasses(Assembly assembly, bool exemptMigrations = true)
    {
        var classes = Types.InAssembly(assembly)
            .That().AreClasses().And().AreNotAbstract().And().AreNotStatic()
            .And().ResideInNamespaceStartingWith("Zeron")
            .And().DoNotHaveCustomAttribute(typeof(CompilerGeneratedAttribute));
        if (exemptMigrations)
        {
            classes = classes.And().DoNotResideInNamespaceEndingWith(".Migrations");
        }

        return classes.Should().BeSealed().GetResult().FailingTypeNames ?? [];
    }

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void Concrete_classes_of_a_module_are_sealed(string module)
    {
        UnsealedConcreteClasses(ZeronAssemblies.Module(module).Implementation).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void Concrete_classes_of_a_contracts_assembly_are_sealed(string module)
    {
        UnsealedConcreteClasses(ZeronAssemblies.Module(module).Contracts).Should().BeEmpty();
    }

    [Fact]
    public void Concrete_classes_of_the_shared_kernel_are_sealed()
    {
        UnsealedConcreteClasses(ZeronAssemblies.SharedKernel).Should().BeEmpty();
    }

    [Fact]
    public void The_check_finds_unsealed_classes_when_generated_migrations_are_not_exempted()
    {
        var unsealed = UnsealedConcreteClasses(ZeronAssemblies.Module("Accounts").Implementation, exemptMigrations: false);

        unsealed.Should().Contain("Zeron.Accounts.Data.Migrations.AccountsDbContextModelSnapshot");
    }
}
