using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback;

/// <summary>Feedback from the embeddable widget, conversations, semantic search (its issue builds it out).</summary>
public static class FeedbackModule
{
    public const string Name = "Feedback";

    public static IServiceCollection AddFeedbackModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<FeedbackDbContext>(configuration, Name, FeedbackDbContext.Schema);

    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
