using System.Reflection;
using System.Runtime.CompilerServices;
using AwesomeAssertions;
using FluentValidation;
using Mediator;
using Xunit;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;

namespace Zeron.ArchitectureTests;

/// <summary>
/// The steps of docs/modules.md that a compiler does not check, each a test that fails when a step is forgotten.
/// The module folders under <c>src/Modules/</c> are the truth every other list is compared with.
/// </summary>
public sealed class ModuleChecklistTests
{
    public static TheoryData<string> ModuleFolders => new(RepositoryFiles.ModuleFolders());

    [Fact]
    public void Every_module_list_names_exactly_the_module_folders()
    {
        var folders = RepositoryFiles.ModuleFolders();

        ModuleNames.All.Order(StringComparer.Ordinal).Should().Equal(folders, "ModuleNames.All (SharedKernel) lists every module");
        ZeronAssemblies.Modules.Select(m => m.Name).Order(StringComparer.Ordinal).Should().Equal(folders, "ZeronAssemblies.Modules (these tests) lists every module");
        ModuleRegistrations.Instances<IModuleDatabase>().Select(d => d.Module).Where(m => m != "Jobs").Order(StringComparer.Ordinal)
            .Should().Equal(folders, "ZeronModules.AddZeronModules calls every AddXModule, each registering its database");
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void A_module_is_wired_into_the_solution_the_host_and_its_endpoints(string module)
    {
        RepositoryFiles.Read("Zeron.sln").Should().Contain($"Zeron.{module}.csproj").And.Contain($"Zeron.{module}.Contracts.csproj");
        RepositoryFiles.Read("src/Zeron.Web/Zeron.Web.csproj")
            .Should().Contain($"Modules/{module}/Zeron.{module}/Zeron.{module}.csproj").And.Contain($"Modules/{module}/Zeron.{module}.Contracts/Zeron.{module}.Contracts.csproj");
        RepositoryFiles.Read("src/Zeron.Web/ZeronModules.cs").Should().Contain($".Map{module}Endpoints()");
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void A_module_has_its_name_constant_and_lets_the_host_see_its_handlers(string module)
    {
        var m = ZeronAssemblies.Module(module);
        var entry = m.Implementation.GetType($"{m.RootNamespace}.{module}Module")!;

        entry.GetField("Name", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue().Should().Be(module, "{0}Module.Name is the module's one name", module);
        m.Implementation.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName)
            .Should().Contain("Zeron.Web", "the host's source-generated mediator calls the module's internal handlers");
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void Every_validator_of_a_message_is_registered(string module)
    {
        // Validators of other types (a nested settings object) are composed into a message's validator with SetValidator.
        var validators = SourceTypes.In(ZeronAssemblies.Module(module).Implementation)
            .Where(t => !t.IsAbstract && ValidatedType(t) is { } validated && typeof(IMessage).IsAssignableFrom(validated));

        var missing = validators.Where(v => !ModuleRegistrations.All.Any(d =>
            d.ServiceType == typeof(IValidator<>).MakeGenericType(ValidatedType(v)!) && d.ImplementationType == v));

        missing.Select(t => t.FullName).Should().BeEmpty("a validator not registered in AddXModule never runs");
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void Every_mediator_handler_of_a_module_is_registered(string module)
    {
        var handlers = SourceTypes.In(ZeronAssemblies.Module(module).Implementation)
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.Namespace == "Mediator" && i.Name.Contains("Handler", StringComparison.Ordinal)));

        var missing = handlers.Where(h => !ModuleRegistrations.All.Any(d => d.ServiceType == h));

        missing.Select(t => t.FullName).Should().BeEmpty("the module's assembly is missing from the mediator's Assemblies in ZeronModules.cs");
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void Every_message_in_a_module_contracts_has_a_registered_handler(string module)
    {
        var messages = SourceTypes.In(ZeronAssemblies.Module(module).Contracts)
            .Where(t => !t.IsAbstract && !t.IsInterface && (typeof(IBaseRequest).IsAssignableFrom(t) || typeof(IBaseStreamRequest).IsAssignableFrom(t)));

        var missing = messages.Where(msg => !ModuleRegistrations.All.Any(d =>
            d.ServiceType is { IsGenericType: true, Namespace: "Mediator" } s && s.Name.Contains("Handler", StringComparison.Ordinal) && s.GenericTypeArguments[0] == msg));

        missing.Select(t => t.FullName).Should().BeEmpty("sending these would fail at run time (MissingMessageHandlerException)");
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void Every_integration_event_in_a_module_contracts_is_published_by_that_module_under_its_prefix(string module)
    {
        var events = SourceTypes.In(ZeronAssemblies.Module(module).Contracts).Where(t => !t.IsAbstract && typeof(IIntegrationEvent).IsAssignableFrom(t)).ToList();
        var published = ModuleRegistrations.Instances<PublishedEvent>().ToList();

        events.Where(e => !published.Any(p => p.EventType == e && p.Module == module)).Select(e => e.FullName)
            .Should().BeEmpty("{0}Module declares each event it publishes with AddPublishedEvent", module);
        published.Where(p => p.Module == module).Select(p => p.Name)
            .Should().OnlyContain(name => name.StartsWith(module.ToLowerInvariant() + ".", StringComparison.Ordinal), "an event's stable name starts with its module");
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void Every_integration_event_handler_of_a_module_is_registered_by_that_module(string module)
    {
        var handled = SourceTypes.In(ZeronAssemblies.Module(module).Implementation)
            .Where(t => !t.IsAbstract)
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
                .Select(i => (Handler: t, Event: i.GenericTypeArguments[0])));
        var subscriptions = ModuleRegistrations.Instances<EventSubscription>().ToList();

        handled.Where(h => !subscriptions.Any(s => s.HandlerType == h.Handler && s.EventType == h.Event && s.Module == module))
            .Select(h => $"{h.Handler.Name} of {h.Event.Name}")
            .Should().BeEmpty("a handler not registered with AddEventHandler in {0}Module never receives its events", module);
    }

    [Fact]
    public void The_event_catalog_of_the_host_builds_and_every_event_name_is_unique()
    {
        var catalog = new IntegrationEventCatalog(ModuleRegistrations.Instances<PublishedEvent>(), ModuleRegistrations.Instances<EventSubscription>());

        catalog.ConsumersOf("accounts.organization_created").Should().Equal("Analytics", "Feedback");
        catalog.ConsumersOf("feedback.feedback_received").Should().Equal("Feedback");
    }

    private static Type? ValidatedType(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            {
                return t.GenericTypeArguments[0];
            }
        }

        return null;
    }
}
