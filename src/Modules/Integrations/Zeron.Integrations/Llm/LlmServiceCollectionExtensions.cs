using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Zeron.Integrations.Llm.Ledger;
using Zeron.Integrations.Llm.Prompts;
using Zeron.Integrations.Llm.Providers;
using Zeron.Integrations.Llm.Routing;
using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Llm;

/// <summary>The LLM router's services: options (checked at start), the providers' HttpClients, routing, prompts and the ledger.</summary>
internal static class LlmServiceCollectionExtensions
{
    public static IServiceCollection AddLlmRouter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<ProviderProbeHandler>();
        // The router owns timeouts (per attempt) and retries: the HttpClient's own timeout is off, and no resilience handler.
        // The instance's base URLs are the operator's choice (a private gateway is fine): guarded against redirects and
        // proxies, but allowed private addresses. Organizations' base URLs get the full guard.
        services.AddHttpClient(LlmChatClients.InstanceHttpClient, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<ProviderProbeHandler>()
            .AddOutboundGuard(allowPrivate: _ => true, configure: handler => handler.ConnectTimeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(LlmChatClients.OrganizationHttpClient, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<ProviderProbeHandler>()
            .AddOutboundGuard(configure: handler => handler.ConnectTimeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<PromptTokens>();
        services.AddSingleton<LlmChatClients>();
        services.AddSingleton<ProviderCooldowns>();
        services.AddScoped<LlmProviderCatalog>();
        services.AddScoped<PromptBuilder>();
        services.AddScoped<LlmPriceBook>();
        services.AddScoped<AiLedger>();
        services.AddScoped<IAiUsageRecorder>(sp => sp.GetRequiredService<AiLedger>());
        services.AddScoped<LlmRouter>();
        services.AddScoped<ILlmProviderStates, LlmProviderStates>();
        return services;
    }
}
