namespace Zeron.ArchitectureTests;

/// <summary>
/// Which Zeron assemblies an assembly may reference: a module only <c>Zeron.SharedKernel</c> and <c>*.Contracts</c>;
/// a contracts assembly only <c>Zeron.SharedKernel</c>; the shared kernel no Zeron assembly at all.
/// Non-Zeron references (frameworks, packages) are not this rule's business.
/// </summary>
public static class ModuleReferenceRule
{
    public const string SharedKernel = "Zeron.SharedKernel";

    public static IReadOnlyList<string> Violations(string assemblyName, IEnumerable<string> referencedNames)
    {
        Func<string, bool> allowed = assemblyName switch
        {
            SharedKernel => static _ => false,
            _ when IsContracts(assemblyName) => static name => name == SharedKernel,
            _ => static name => name == SharedKernel || IsContracts(name),
        };

        return referencedNames
            .Where(IsZeron)
            .Where(name => name != assemblyName && !allowed(name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => $"{assemblyName} must not reference {name}")
            .ToList();
    }

    private static bool IsZeron(string name) => name == "Zeron" || name.StartsWith("Zeron.", StringComparison.Ordinal);

    private static bool IsContracts(string name) => IsZeron(name) && name.EndsWith(".Contracts", StringComparison.Ordinal);
}
