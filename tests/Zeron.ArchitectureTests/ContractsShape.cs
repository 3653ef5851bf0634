using System.Reflection;
using System.Runtime.CompilerServices;

namespace Zeron.ArchitectureTests;

/// <summary>
/// What a contracts type may be: an interface, an enum, a record or a sealed class, with no behaviour of its own
/// (no hand-written methods; what the compiler synthesizes for records and property accessors is fine).
/// </summary>
public static class ContractsShape
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    public static IReadOnlyList<string> Violations(Assembly assembly) =>
        SourceTypes.In(assembly).SelectMany(Violations).ToList();

    private static IEnumerable<string> Violations(Type type)
    {
        if (type.IsInterface || type.IsEnum)
        {
            yield break;
        }

        if (!type.IsClass)
        {
            yield return $"{type.FullName} is a struct; contracts hold records, sealed classes, enums and interfaces";
            yield break;
        }

        if (!type.IsSealed && !IsRecord(type))
        {
            yield return $"{type.FullName} is a class that is neither sealed nor a record";
        }

        // A record carrying a secret may override ToString so the secret never reaches a log line; nothing else is allowed.
        foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName && !m.IsDefined(typeof(CompilerGeneratedAttribute)) && !IsRedactingToString(type, m)))
        {
            yield return $"{type.FullName}.{method.Name} is behaviour; contracts hold only messages and DTOs";
        }
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static bool IsRedactingToString(Type type, System.Reflection.MethodInfo method) =>
        IsRecord(type) && method is { Name: nameof(ToString), ReturnType: var returns } && returns == typeof(string) && method.GetParameters().Length == 0;
}
