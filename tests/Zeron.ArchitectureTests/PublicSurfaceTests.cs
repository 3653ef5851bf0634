using AwesomeAssertions;
using Xunit;

namespace Zeron.ArchitectureTests;

/// <summary>
/// A module implementation exposes only its static <c>{Name}Module</c> entry class; handlers and messages reach the
/// host's source-generated mediator through contracts or InternalsVisibleTo. EF Core generates migrations as public
/// classes; they are generated code and exempt (see <see cref="SourceTypes"/>).
/// </summary>
public sealed class PublicSurfaceTests
{
    private static bool IsModuleEntry(Type type, ModuleUnderTest module) =>
        type.FullName == $"{module.RootNamespace}.{module.Name}Module" && type is { IsAbstract: true, IsSealed: true };

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void A_module_exports_its_static_entry_class(string module)
    {
        var m = ZeronAssemblies.Module(module);

        m.Implementation.GetExportedTypes().Should().ContainSingle(t => IsModuleEntry(t, m));
    }

    [Theory]
    [MemberData(nameof(ZeronAssemblies.ModuleNames), MemberType = typeof(ZeronAssemblies))]
    public void A_module_exports_nothing_but_its_entry_class_and_known_exceptions(string module)
    {
        var m = ZeronAssemblies.Module(module);

        var unexpected = m.Implementation.GetExportedTypes()
            .Where(SourceTypes.IsHandWritten)
            .Where(t => !IsModuleEntry(t, m))
            .Select(t => t.FullName);

        unexpected.Should().BeEmpty();
    }
}
