using Zeron.Accounts;
using Zeron.Accounts.Contracts;
using Zeron.Analytics;
using Zeron.Analytics.Contracts;
using Zeron.Feedback;
using Zeron.Feedback.Contracts;
using Zeron.Integrations;
using Zeron.Integrations.Contracts;
using Zeron.Orchestration;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web;

/// <summary>The one place the modules are wired in: explicit, no assembly scanning.</summary>
internal static class ZeronModules
{
    public static IServiceCollection AddZeronModules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // Every assembly holding messages or handlers must be listed, or sending fails at run time.
            // A *.Contracts assembly joins the list once it declares its first message (the generator rejects
            // assemblies that do not reference Mediator.Abstractions yet).
            options.Assemblies =
            [
                typeof(AccountsModule), typeof(AccountsContractsMarker),
                typeof(FeedbackModule), typeof(FeedbackContractsMarker),
                typeof(OrchestrationModule),
                typeof(AnalyticsModule), typeof(AnalyticsContractsMarker),
                typeof(IntegrationsModule), typeof(IntegrationsContractsMarker),
            ];
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>)];
        });

        return services
            .AddAccountsModule(configuration)
            .AddFeedbackModule(configuration)
            .AddOrchestrationModule(configuration)
            .AddAnalyticsModule(configuration)
            .AddIntegrationsModule(configuration);
    }

    public static IEndpointRouteBuilder MapZeronModules(this IEndpointRouteBuilder endpoints) =>
        endpoints
            .MapAccountsEndpoints()
            .MapFeedbackEndpoints()
            .MapOrchestrationEndpoints()
            .MapAnalyticsEndpoints()
            .MapIntegrationsEndpoints();
}
