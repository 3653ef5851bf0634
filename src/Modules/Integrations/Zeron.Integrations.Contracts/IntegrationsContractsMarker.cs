namespace Zeron.Integrations.Contracts;

/// <summary>Marks this assembly for the host's mediator registration.</summary>
public sealed class IntegrationsContractsMarker;
