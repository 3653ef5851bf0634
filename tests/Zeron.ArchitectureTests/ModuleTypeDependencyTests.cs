using System.Reflection;
using AwesomeAssertions;
using NetArchTest.Rules;
using Xunit;

namespace Zeron.ArchitectureTests;

/// <summary>
/// Type-level module isolation with NetArchTest. Its dependency names match as prefixes, so forbidding the namespace
/// <c>Zeron.Feedback</c> would also forbid <c>Zeron.Feedback.Contracts</c>. Instead the forbidden list is the full
/// name of every hand-written type of the other modules' implementation assemblies: contracts types never start
/// with one of those names, so they stay allowed, and any use of an implementation type is caught.
/// </summary>
public sealed class ModuleTypeDependencyTests
{
    private static string[] ImplementationTypesOfModulesOtherThan(string module) =>
        ZeronAssemblies.Modules
            .Where(m => m.Name != module)
            .SelectMany(m => SourceTypes.In(m.Implementation))
            .Select(t => t.FullName!)
            .ToArray();

    private static NetArchTest.Rules.TestResult DependenciesOn(Assembly assembly, string[] forbiddenTypeNames) =>
        Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbiddenTypeNames).GetResult();

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void No_type_of_a_module_uses_a_type_of_another_module_implementation(string module)
    {
        var result = DependenciesOn(ZeronAssemblies.Module(module).Implementation, ImplementationTypesOfModulesOtherThan(module));

        result.IsSuccessful.Should().BeTrue("these types use another module's internals: {0}", string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void No_type_of_a_contracts_assembly_uses_any_module_implementation(string module)
    {
        var result = DependenciesOn(ZeronAssemblies.Module(module).Contracts, ImplementationTypesOfModulesOtherThan(""));

        result.IsSuccessful.Should().BeTrue("these contracts use module internals: {0}", string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_forbidden_list_holds_implementation_types_but_no_contracts_types()
    {
        var forbidden = ImplementationTypesOfModulesOtherThan("Analytics");

        forbidden.Should().Contain("Zeron.Feedback.FeedbackModule").And.Contain("Zeron.Accounts.Data.AccountsDbContext");
        forbidden.Should().NotContain(name => name.Contains(".Contracts", StringComparison.Ordinal));
    }

    [Fact]
    public void Contracts_stay_allowed_analytics_depends_on_accounts_contracts_and_still_passes()
    {
        var analytics = ZeronAssemblies.Module("Analytics").Implementation;

        Types.InAssembly(analytics).That().HaveDependencyOn("Zeron.Accounts.Contracts").GetTypes().Should().NotBeEmpty();
        DependenciesOn(analytics, ImplementationTypesOfModulesOtherThan("Analytics")).IsSuccessful.Should().BeTrue();
    }

    [Fact]
    public void The_check_fails_on_the_host_which_uses_every_module_implementation()
    {
        var result = DependenciesOn(ZeronAssemblies.Web, ImplementationTypesOfModulesOtherThan(""));

        result.IsSuccessful.Should().BeFalse();
        result.FailingTypeNames.Should().Contain("Zeron.Web.ZeronModules");
    }

    [Fact]
    public void Admin_pages_and_their_views_use_module_contracts_only()
    {
        // Razor compiles the .cshtml files into AspNetCoreGeneratedDocument; their page models live in Zeron.Web.Pages.
        var result = Types.InAssembly(ZeronAssemblies.Web)
            .That().ResideInNamespaceStartingWith("Zeron.Web.Pages").Or().ResideInNamespaceStartingWith("AspNetCoreGeneratedDocument")
            .ShouldNot().HaveDependencyOnAny(ImplementationTypesOfModulesOtherThan(""))
            .GetResult();

        result.IsSuccessful.Should().BeTrue("these pages use module internals instead of contracts: {0}", string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_page_check_sees_the_compiled_views_and_page_models()
    {
        var pages = Types.InAssembly(ZeronAssemblies.Web)
            .That().ResideInNamespaceStartingWith("Zeron.Web.Pages").Or().ResideInNamespaceStartingWith("AspNetCoreGeneratedDocument")
            .GetTypes().Select(t => t.FullName).ToList();

        // _ViewImports' @namespace puts the compiled views next to their page models.
        pages.Should().Contain("Zeron.Web.Pages.Admin.OutboxModel").And.Contain("Zeron.Web.Pages.Admin.Pages_Admin_Outbox");
    }
}
