using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// The stable name an event is stored under (<c>module.event_name</c>, e.g. <c>accounts.organization_created</c>), so
/// renaming or moving the type never strands rows already in an outbox or inbox. A changed shape gets a new name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed partial class IntegrationEventAttribute(string name) : Attribute
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    public string Name { get; } = name;

    /// <summary>The stable name of <paramref name="eventType"/>; throws when it has none or a malformed one.</summary>
    public static string NameOf(Type eventType) => Names.GetOrAdd(eventType, static type =>
    {
        var name = type.GetCustomAttribute<IntegrationEventAttribute>()?.Name
            ?? throw new InvalidOperationException($"{type.FullName} has no [IntegrationEvent(\"module.event_name\")] attribute.");
        return NamePattern().IsMatch(name)
            ? name
            : throw new InvalidOperationException($"{type.FullName}: event name '{name}' is not of the form module.event_name (lower case).");
    });

    [GeneratedRegex("^[a-z]+(\\.[a-z][a-z0-9_]*)+$")]
    private static partial Regex NamePattern();
}
