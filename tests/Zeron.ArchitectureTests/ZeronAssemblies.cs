using System.Reflection;
using Xunit;
using Zeron.Accounts;
using Zeron.Accounts.Contracts;
using Zeron.Analytics;
using Zeron.Analytics.Contracts;
using Zeron.Feedback;
using Zeron.Feedback.Contracts;
using Zeron.Integrations;
using Zeron.Integrations.Contracts;
using Zeron.Orchestration;
using Zeron.Orchestration.Contracts;
using Zeron.SharedKernel.Results;

namespace Zeron.ArchitectureTests;

/// <summary>One module: its implementation assembly and its contracts assembly, found through a public type of each.</summary>
public sealed record ModuleUnderTest(string Name, Assembly Implementation, Assembly Contracts)
{
    /// <summary>The root namespace of the implementation, e.g. <c>Zeron.Feedback</c> (contracts live below it in <c>.Contracts</c>).</summary>
    public string RootNamespace => $"Zeron.{Name}";
}

/// <summary>Every Zeron assembly the rules look at.</summary>
public static class ZeronAssemblies
{
    public static readonly IReadOnlyList<ModuleUnderTest> Modules =
    [
        new("Accounts", typeof(AccountsModule).Assembly, typeof(AccountsContractsMarker).Assembly),
        new("Feedback", typeof(FeedbackModule).Assembly, typeof(FeedbackContractsMarker).Assembly),
        new("Orchestration", typeof(OrchestrationModule).Assembly, typeof(OrchestrationContractsMarker).Assembly),
        new("Analytics", typeof(AnalyticsModule).Assembly, typeof(AnalyticsContractsMarker).Assembly),
        new("Integrations", typeof(IntegrationsModule).Assembly, typeof(IntegrationsContractsMarker).Assembly),
    ];

    public static Assembly SharedKernel => typeof(Error).Assembly;

    public static Assembly Web => typeof(Program).Assembly;

    public static ModuleUnderTest Module(string name) => Modules.Single(m => m.Name == name);

    public static TheoryData<string> ModuleNames => new(Modules.Select(m => m.Name));
}
