using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.EventHandlers;
using Zeron.Feedback.Features.StreamConversation;

namespace Zeron.Feedback.Assistant;

internal static class AssistantServices
{
    /// <summary>The assistant's reactions, its job, the live stream and the widget's SSE endpoint's settings.</summary>
    public static IServiceCollection AddAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IFeedbackReaction<FeedbackReceived>, AssistantEventHandlers>();
        services.AddScoped<IFeedbackReaction<FeedbackMessageAdded>, AssistantEventHandlers>();
        services.AddScoped<AssistantJob>();
        services.AddSingleton<ConversationLive>();
        services.AddOptions<ConversationStreamOptions>().Bind(configuration.GetSection(ConversationStreamOptions.Section))
            .Validate(o => o.MaxSeconds >= 1 && o.HeartbeatSeconds >= 1, $"{ConversationStreamOptions.Section} MaxSeconds and HeartbeatSeconds must be at least 1.")
            .ValidateOnStart();
        return services;
    }
}
