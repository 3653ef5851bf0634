using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Web;

namespace Zeron.ArchitectureTests;

/// <summary>
/// The host's service registrations, as <c>ZeronModules.AddZeronModules</c> makes them (the same call Program.cs
/// makes), read without starting anything: nothing connects until a service is resolved.
/// </summary>
public static class ModuleRegistrations
{
    private static readonly Lazy<IReadOnlyList<ServiceDescriptor>> Descriptors = new(() =>
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = "Host=unused;Database=unused" })
            .Build();
        return [.. new ServiceCollection().AddZeronModules(configuration)];
    });

    public static IReadOnlyList<ServiceDescriptor> All => Descriptors.Value;

    /// <summary>The singleton instances registered for <typeparamref name="T"/> (e.g. published events, subscriptions).</summary>
    public static IEnumerable<T> Instances<T>() =>
        All.Where(d => d.ServiceType == typeof(T) && !d.IsKeyedService).Select(d => d.ImplementationInstance).OfType<T>();
}
