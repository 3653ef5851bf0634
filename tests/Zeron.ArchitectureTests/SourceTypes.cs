using System.Reflection;
using System.Runtime.CompilerServices;

namespace Zeron.ArchitectureTests;

/// <summary>
/// The types a person wrote in an assembly: in a Zeron namespace, not emitted by the compiler (closures, state
/// machines, embedded attributes, regex generator output) and not EF Core migrations, which are generated too.
/// </summary>
public static class SourceTypes
{
    public static IEnumerable<Type> In(Assembly assembly) =>
        assembly.GetTypes().Where(IsHandWritten);

    public static bool IsHandWritten(Type type) =>
        type.Namespace is { } ns
        && (ns == "Zeron" || ns.StartsWith("Zeron.", StringComparison.Ordinal))
        && !IsCompilerGenerated(type)
        && !ns.EndsWith(".Migrations", StringComparison.Ordinal);

    private static bool IsCompilerGenerated(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || t.Name.Contains('<', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
