namespace Zeron.Analytics.Contracts;

/// <summary>Marks this assembly for the host's mediator registration.</summary>
public sealed class AnalyticsContractsMarker;
