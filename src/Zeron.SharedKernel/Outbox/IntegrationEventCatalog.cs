namespace Zeron.SharedKernel.Outbox;

/// <summary>An event type a module declares it publishes (<see cref="IntegrationEventRegistration.AddPublishedEvent{TEvent}"/>).</summary>
public sealed record PublishedEvent(string Module, string Name, Type EventType);

/// <summary>A module's handler of one event type (<see cref="IntegrationEventRegistration.AddEventHandler{TEvent, THandler}"/>).</summary>
public sealed record EventSubscription(string Module, string Name, Type EventType, Type HandlerType)
{
    internal Func<IServiceProvider, string, CancellationToken, Task> Invoke { get; init; } = (_, _, _) => Task.CompletedTask;

    /// <summary>Deserializes a stored payload and runs the module's handler on it, resolved from <paramref name="scope"/>.</summary>
    public Task HandleAsync(IServiceProvider scope, string payload, CancellationToken cancellationToken) => Invoke(scope, payload, cancellationToken);
}

/// <summary>
/// Which module publishes each event name and which modules consume it: the outbox dispatcher hands an event to
/// exactly those inboxes, and each inbox dispatcher finds its module's handler here. Built from the modules'
/// explicit registrations; contradictions (a name published twice, a handler for an event nobody publishes, two
/// handlers of one event in one module) stop the app at its first use, naming the culprit.
/// </summary>
public sealed class IntegrationEventCatalog
{
    private readonly Dictionary<string, PublishedEvent> _published;
    private readonly Dictionary<(string Module, string Name), EventSubscription> _subscriptions;
    private readonly Dictionary<string, string[]> _consumers;
    private readonly Dictionary<string, string> _legacyNames;

    public IntegrationEventCatalog(IEnumerable<PublishedEvent> published, IEnumerable<EventSubscription> subscriptions)
    {
        _published = [];
        foreach (var p in published)
        {
            if (!_published.TryAdd(p.Name, p))
            {
                throw new InvalidOperationException($"The event name '{p.Name}' is published twice ({_published[p.Name].EventType.FullName} by {_published[p.Name].Module}, {p.EventType.FullName} by {p.Module}).");
            }
        }

        _subscriptions = [];
        foreach (var s in subscriptions)
        {
            if (!_published.TryGetValue(s.Name, out var publisher) || publisher.EventType != s.EventType)
            {
                throw new InvalidOperationException($"{s.Module} handles '{s.Name}' ({s.EventType.FullName}), which no module declares it publishes (AddPublishedEvent).");
            }

            if (!_subscriptions.TryAdd((s.Module, s.Name), s))
            {
                throw new InvalidOperationException($"{s.Module} registers two handlers of '{s.Name}' ({_subscriptions[(s.Module, s.Name)].HandlerType.Name}, {s.HandlerType.Name}); a module has one consumer per event.");
            }
        }

        _consumers = _subscriptions.Values.GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.Select(s => s.Module).Order(StringComparer.Ordinal).ToArray());
        _legacyNames = _published.Values.ToDictionary(p => $"{p.EventType.FullName}, {p.EventType.Assembly.GetName().Name}", p => p.Name);
    }

    public IReadOnlyCollection<PublishedEvent> Published => _published.Values;

    public IReadOnlyCollection<EventSubscription> Subscriptions => _subscriptions.Values;

    public bool IsPublished(string name) => _published.ContainsKey(name);

    /// <summary>
    /// The stable name of a stored type: itself when published, else the name of the event once stored under this
    /// assembly-qualified type name (before stable names; an instance of an older version still writes them during a
    /// rolling upgrade), else null.
    /// </summary>
    public string? StableNameOf(string storedType) =>
        _published.ContainsKey(storedType) ? storedType : _legacyNames.GetValueOrDefault(storedType);

    /// <summary>The modules whose inbox receives <paramref name="name"/> (none is fine: nobody reacts yet).</summary>
    public IReadOnlyList<string> ConsumersOf(string name) => _consumers.TryGetValue(name, out var modules) ? modules : [];

    public EventSubscription? Subscription(string module, string name) => _subscriptions.GetValueOrDefault((module, name));
}
