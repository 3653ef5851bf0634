using AwesomeAssertions;
using Xunit;

namespace Zeron.ArchitectureTests;

/// <summary>Proves the reference rule can fail: fed deliberately bad lists (and the host), it reports the offender.</summary>
public sealed class ModuleReferenceRuleTests
{
    [Fact]
    public void A_module_referencing_another_module_implementation_is_reported_by_name()
    {
        var violations = ModuleReferenceRule.Violations("Zeron.Accounts", ["Zeron.SharedKernel", "Zeron.Feedback"]);

        violations.Should().ContainSingle().Which.Should().Contain("Zeron.Feedback");
    }

    [Fact]
    public void A_module_may_reference_the_shared_kernel_any_contracts_and_non_zeron_assemblies()
    {
        var violations = ModuleReferenceRule.Violations(
            "Zeron.Analytics",
            ["Zeron.SharedKernel", "Zeron.Analytics.Contracts", "Zeron.Accounts.Contracts", "Microsoft.EntityFrameworkCore", "System.Runtime"]);

        violations.Should().BeEmpty();
    }

    [Fact]
    public void A_contracts_assembly_referencing_other_contracts_or_a_module_is_reported()
    {
        var violations = ModuleReferenceRule.Violations(
            "Zeron.Feedback.Contracts",
            ["Zeron.SharedKernel", "Zeron.Accounts.Contracts", "Zeron.Feedback"]);

        violations.Should().HaveCount(2);
        violations.Should().Contain(v => v.Contains("Zeron.Accounts.Contracts", StringComparison.Ordinal));
        violations.Should().Contain(v => v.EndsWith(" Zeron.Feedback", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shared_kernel_referencing_any_zeron_assembly_is_reported()
    {
        var violations = ModuleReferenceRule.Violations("Zeron.SharedKernel", ["Zeron.Accounts.Contracts", "Microsoft.Extensions.Logging"]);

        violations.Should().ContainSingle().Which.Should().Contain("Zeron.Accounts.Contracts");
    }

    [Fact]
    public void Names_that_only_look_like_allowed_ones_are_reported()
    {
        var violations = ModuleReferenceRule.Violations("Zeron.Accounts", ["Zeron.SharedKernel.Extras", "Zeron.Contracts.Helpers", "ZeronTools"]);

        violations.Should().HaveCount(2);
        violations.Should().Contain(v => v.Contains("Zeron.SharedKernel.Extras", StringComparison.Ordinal));
        violations.Should().Contain(v => v.Contains("Zeron.Contracts.Helpers", StringComparison.Ordinal));
    }

    [Fact]
    public void The_real_host_assembly_judged_as_a_module_violates_the_rule_for_every_module_implementation()
    {
        var web = ZeronAssemblies.Web;
        var referenced = web.GetReferencedAssemblies().Select(a => a.Name!);

        var violations = ModuleReferenceRule.Violations(web.GetName().Name!, referenced);

        foreach (var module in ZeronAssemblies.Modules)
        {
            violations.Should().Contain($"Zeron.Web must not reference {module.Implementation.GetName().Name}");
        }
    }
}
