using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.SharedKernel.Outbox;

namespace Zeron.UnitTests.SharedKernel.Outbox;

public sealed class IntegrationEventCatalogTests
{
    [IntegrationEvent("probe.thing_happened")]
    private sealed record ThingHappened(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent;

    [IntegrationEvent("accounts.organization_created")]
    private sealed record Impostor(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent;

    private sealed record Unnamed(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent;

    [IntegrationEvent("Probe.Thing-Happened")]
    private sealed record BadlyNamed(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent;

    private sealed class Handler : IIntegrationEventHandler<ThingHappened>, IIntegrationEventHandler<OrganizationCreated>
    {
        public List<object> Handled { get; } = [];

        public Task HandleAsync(ThingHappened integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

        public Task HandleAsync(OrganizationCreated integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

        private Task Record(object e)
        {
            Handled.Add(e);
            return Task.CompletedTask;
        }
    }

    private sealed class OtherHandler : IIntegrationEventHandler<ThingHappened>
    {
        public Task HandleAsync(ThingHappened integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static IntegrationEventCatalog Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.AddSingleton<IntegrationEventCatalog>().BuildServiceProvider().GetRequiredService<IntegrationEventCatalog>();
    }

    [Fact]
    public void Consumers_of_an_event_are_the_modules_that_registered_a_handler_and_nobody_is_fine()
    {
        var catalog = Build(s => s
            .AddPublishedEvent<OrganizationCreated>("Accounts")
            .AddPublishedEvent<ThingHappened>("Probe")
            .AddEventHandler<OrganizationCreated, Handler>("Feedback")
            .AddEventHandler<OrganizationCreated, Handler>("Analytics"));

        catalog.ConsumersOf("accounts.organization_created").Should().Equal("Analytics", "Feedback");
        catalog.ConsumersOf("probe.thing_happened").Should().BeEmpty();
        catalog.IsPublished("probe.thing_happened").Should().BeTrue();
        catalog.IsPublished("Zeron.Accounts.Contracts.Organizations.OrganizationCreated, Zeron.Accounts.Contracts").Should().BeFalse();
        catalog.Subscription("Feedback", "accounts.organization_created")!.HandlerType.Should().Be<Handler>();
        catalog.Subscription("Probe", "accounts.organization_created").Should().BeNull();
    }

    [Fact]
    public void A_type_name_stored_before_stable_names_resolves_to_the_stable_name_and_nothing_else_does()
    {
        var catalog = Build(s => s.AddPublishedEvent<OrganizationCreated>("Accounts"));

        catalog.StableNameOf("Zeron.Accounts.Contracts.Organizations.OrganizationCreated, Zeron.Accounts.Contracts").Should().Be("accounts.organization_created");
        catalog.StableNameOf("accounts.organization_created").Should().Be("accounts.organization_created");
        catalog.StableNameOf("Zeron.Accounts.Contracts.Organizations.OrganizationDeleted, Zeron.Accounts.Contracts").Should().BeNull();
        catalog.StableNameOf("No.Such.Type, Nowhere").Should().BeNull();
    }

    [Fact]
    public async Task A_subscription_deserializes_the_stored_payload_and_calls_its_module_handler()
    {
        var services = new ServiceCollection().AddPublishedEvent<ThingHappened>("Probe").AddEventHandler<ThingHappened, Handler>("Feedback");
        await using var provider = services.AddSingleton<IntegrationEventCatalog>().BuildServiceProvider();
        var e = new ThingHappened(Guid.NewGuid(), new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var stored = OutboxMessage.For(e);
        await using var scope = provider.CreateAsyncScope();

        await provider.GetRequiredService<IntegrationEventCatalog>().Subscription("Feedback", stored.Type)!.HandleAsync(scope.ServiceProvider, stored.Payload, CancellationToken.None);

        scope.ServiceProvider.GetRequiredService<Handler>().Handled.Should().ContainSingle().Which.Should().Be(e);
    }

    [Fact]
    public void A_name_published_twice_stops_the_catalog_naming_both_types()
    {
        var build = () => Build(s => s.AddPublishedEvent<OrganizationCreated>("Accounts").AddPublishedEvent<Impostor>("Probe"));

        build.Should().Throw<InvalidOperationException>().WithMessage("*'accounts.organization_created' is published twice*OrganizationCreated by Accounts*Impostor by Probe*");
    }

    [Fact]
    public void A_handler_of_an_event_nobody_declares_publishing_stops_the_catalog()
    {
        var build = () => Build(s => s.AddEventHandler<ThingHappened, Handler>("Feedback"));

        build.Should().Throw<InvalidOperationException>().WithMessage("Feedback handles 'probe.thing_happened'*no module declares it publishes*");
    }

    [Fact]
    public void Two_handlers_of_one_event_in_one_module_stop_the_catalog()
    {
        var build = () => Build(s => s.AddPublishedEvent<ThingHappened>("Probe")
            .AddEventHandler<ThingHappened, Handler>("Feedback").AddEventHandler<ThingHappened, OtherHandler>("Feedback"));

        build.Should().Throw<InvalidOperationException>().WithMessage("Feedback registers two handlers of 'probe.thing_happened'*");
    }

    [Fact]
    public void An_event_type_without_a_well_formed_stable_name_cannot_be_stored()
    {
        var unnamed = () => OutboxMessage.For(new Unnamed(Guid.NewGuid(), DateTimeOffset.UtcNow));
        var badlyNamed = () => OutboxMessage.For(new BadlyNamed(Guid.NewGuid(), DateTimeOffset.UtcNow));

        unnamed.Should().Throw<InvalidOperationException>().WithMessage("*Unnamed has no [IntegrationEvent(*");
        badlyNamed.Should().Throw<InvalidOperationException>().WithMessage("*'Probe.Thing-Happened' is not of the form module.event_name*");
    }
}
