using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Zeron.SharedKernel.Outbox;

/// <summary>How a module declares what it publishes and what it handles, in its <c>AddXModule</c>.</summary>
public static class IntegrationEventRegistration
{
    public static IServiceCollection AddPublishedEvent<TEvent>(this IServiceCollection services, string module)
        where TEvent : IIntegrationEvent =>
        services.AddSingleton(new PublishedEvent(module, IntegrationEventAttribute.NameOf(typeof(TEvent)), typeof(TEvent)));

    /// <summary>
    /// <typeparamref name="THandler"/> handles <typeparamref name="TEvent"/> for <paramref name="module"/>: the event
    /// reaches the module's inbox and the handler runs from there, in a scope of its own, until it succeeds.
    /// </summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services, string module)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>(); // one class may handle several events
        return services.AddSingleton(new EventSubscription(module, IntegrationEventAttribute.NameOf(typeof(TEvent)), typeof(TEvent), typeof(THandler))
        {
            Invoke = (provider, payload, cancellationToken) =>
            {
                var integrationEvent = JsonSerializer.Deserialize<TEvent>(payload, StoredEvent.JsonOptions)
                    ?? throw new JsonException($"The payload of a {typeof(TEvent).Name} is null.");
                return provider.GetRequiredService<THandler>().HandleAsync(integrationEvent, cancellationToken);
            },
        });
    }
}
