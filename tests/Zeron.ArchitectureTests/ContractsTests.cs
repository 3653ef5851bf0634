using AwesomeAssertions;
using NetArchTest.Rules;
using Xunit;

namespace Zeron.ArchitectureTests;

public sealed class ContractsTests
{
    private static readonly string[] PersistenceNamespaces = ["Microsoft.EntityFrameworkCore", "Npgsql"];

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void Contracts_hold_only_records_sealed_classes_enums_and_interfaces_without_behaviour(string module)
    {
        ContractsShape.Violations(ZeronAssemblies.Module(module).Contracts).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void Contracts_do_not_reference_ef_core_or_npgsql(string module)
    {
        var contracts = ZeronAssemblies.Module(module).Contracts;

        contracts.GetReferencedAssemblies().Select(a => a.Name!)
            .Should().NotContain(name => PersistenceNamespaces.Any(p => name.StartsWith(p, StringComparison.Ordinal)));
        var result = Types.InAssembly(contracts).ShouldNot().HaveDependencyOnAny(PersistenceNamespaces).GetResult();
        result.IsSuccessful.Should().BeTrue("these contracts types use persistence: {0}", string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_shape_check_fails_on_an_assembly_with_behaviour_and_unsealed_classes()
    {
        var violations = ContractsShape.Violations(ZeronAssemblies.SharedKernel);

        violations.Should().Contain(v => v.StartsWith("Zeron.SharedKernel.Persistence.ModuleDbContext is a class that is neither sealed", StringComparison.Ordinal));
        violations.Should().Contain(v => v.Contains("OutboxDispatcher`1.DispatchAsync is behaviour", StringComparison.Ordinal));
    }

    [Fact]
    public void The_persistence_check_fails_on_a_module_implementation()
    {
        var accounts = ZeronAssemblies.Module("Accounts").Implementation;

        Types.InAssembly(accounts).ShouldNot().HaveDependencyOnAny(PersistenceNamespaces).GetResult().IsSuccessful.Should().BeFalse();
    }
}
