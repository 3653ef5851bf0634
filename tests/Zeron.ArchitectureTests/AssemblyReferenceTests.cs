using System.Reflection;
using AwesomeAssertions;
using Xunit;

namespace Zeron.ArchitectureTests;

/// <summary>
/// Module rule on the compiled assemblies. The compiler drops references nothing uses, so this sees what the code
/// really depends on, not what a csproj lists; <see cref="ModuleTypeDependencyTests"/> checks the same at type level.
/// </summary>
public sealed class AssemblyReferenceTests
{
    private static IReadOnlyList<string> ViolationsOf(Assembly assembly) =>
        ModuleReferenceRule.Violations(assembly.GetName().Name!, assembly.GetReferencedAssemblies().Select(a => a.Name!));

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void A_module_references_only_the_shared_kernel_and_contracts(string module)
    {
        ViolationsOf(ZeronAssemblies.Module(module).Implementation).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void A_contracts_assembly_references_only_the_shared_kernel(string module)
    {
        ViolationsOf(ZeronAssemblies.Module(module).Contracts).Should().BeEmpty();
    }

    [Fact]
    public void The_shared_kernel_references_no_zeron_assembly()
    {
        ViolationsOf(ZeronAssemblies.SharedKernel).Should().BeEmpty();
    }

    [Fact]
    public void References_are_really_read_analytics_uses_the_accounts_contracts_and_the_shared_kernel()
    {
        var referenced = ZeronAssemblies.Module("Analytics").Implementation.GetReferencedAssemblies().Select(a => a.Name);

        referenced.Should().Contain(["Zeron.Accounts.Contracts", "Zeron.SharedKernel"]);
    }
}
