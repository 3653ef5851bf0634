using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Contracts.Search;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Assistant;
using Zeron.Feedback.Data;
using Zeron.Feedback.Embeddings;
using Zeron.Feedback.EventHandlers;
using Zeron.Feedback.Features.AddAdminReply;
using Zeron.Feedback.Features.BulkUpdateStatus;
using Zeron.Feedback.Features.CountFeedback;
using Zeron.Feedback.Features.CreateProject;
using Zeron.Feedback.Features.CreateWebhook;
using Zeron.Feedback.Features.DeleteFeedbackItem;
using Zeron.Feedback.Features.DeleteProject;
using Zeron.Feedback.Features.DeleteWebhook;
using Zeron.Feedback.Features.EraseSubmitter;
using Zeron.Feedback.Features.ExportFeedback;
using Zeron.Feedback.Features.FindOriginalCandidates;
using Zeron.Feedback.Features.GetConversation;
using Zeron.Feedback.Features.GetFeedbackItem;
using Zeron.Feedback.Features.GetSimilarFeedback;
using Zeron.Feedback.Features.GetProject;
using Zeron.Feedback.Features.GetWidgetConfig;
using Zeron.Feedback.Features.ListFeedback;
using Zeron.Feedback.Features.ListProjects;
using Zeron.Feedback.Features.ListWebhookDeliveries;
using Zeron.Feedback.Features.ListWebhooks;
using Zeron.Feedback.Features.ReindexFeedback;
using Zeron.Feedback.Features.ReplyToConversation;
using Zeron.Feedback.Features.RotateProjectKey;
using Zeron.Feedback.Features.SearchFeedback;
using Zeron.Feedback.Features.StreamConversation;
using Zeron.Feedback.Features.SubmitFeedback;
using Zeron.Feedback.Features.UpdateFeedbackItem;
using Zeron.Feedback.Features.UpdateProject;
using Zeron.Feedback.Features.Widget;
using Zeron.Feedback.Features.WidgetPreflight;
using Zeron.Feedback.Triage;
using Zeron.Feedback.Webhooks;
using Zeron.SharedKernel.Network;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.RateLimiting;
using Zeron.SharedKernel.Settings;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback;

/// <summary>Projects, the embeddable widget and its public API, the feedback inbox and the integrator API.</summary>
public static class FeedbackModule
{
    public const string Name = "Feedback";

    public static IServiceCollection AddFeedbackModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<FeedbackDbContext>(configuration, Name, FeedbackDbContext.Schema);
        services.AddPublishedEvent<FeedbackReceived>(Name);
        services.AddPublishedEvent<FeedbackStatusChanged>(Name);
        services.AddPublishedEvent<FeedbackMessageAdded>(Name);
        services.AddEventHandler<OrganizationCreated, SeedDemoProjectHandler>(Name);
        services.AddEventHandler<FeedbackReceived, OwnEventHandlers>(Name);
        services.AddEventHandler<FeedbackStatusChanged, OwnEventHandlers>(Name);
        services.AddEventHandler<FeedbackMessageAdded, OwnEventHandlers>(Name);
        services.AddScoped<IFeedbackReaction<FeedbackReceived>, FeedbackReceivedHandler>();
        services.AddScoped<IFeedbackReaction<FeedbackReceived>, WebhookEventHandlers>();
        services.AddScoped<IFeedbackReaction<FeedbackStatusChanged>, WebhookEventHandlers>();
        services.AddScoped<IFeedbackReaction<FeedbackMessageAdded>, WebhookEventHandlers>();
        services.AddAssistant(configuration);
        services.AddSingleton<IValidator<CreateProjectCommand>, CreateProjectValidator>();
        services.AddSingleton<IValidator<UpdateProjectCommand>, UpdateProjectValidator>();
        services.AddSingleton<IValidator<ListFeedbackQuery>, ListFeedbackValidator>();
        services.AddSingleton<IValidator<CountFeedbackQuery>, CountFeedbackValidator>();
        services.AddSingleton<IValidator<BulkUpdateStatusCommand>, BulkUpdateStatusValidator>();
        services.AddSingleton<IValidator<BulkUpdateMatchingStatusCommand>, BulkUpdateMatchingStatusValidator>();
        services.AddSingleton<IValidator<UpdateFeedbackItemCommand>, UpdateFeedbackItemValidator>();
        services.AddSingleton<IValidator<AddAdminReplyCommand>, AddAdminReplyValidator>();
        services.AddSingleton<IValidator<FindOriginalCandidatesQuery>, FindOriginalCandidatesValidator>();
        services.AddSingleton<IValidator<EraseSubmitterCommand>, EraseSubmitterValidator>();
        services.AddSingleton<IValidator<SubmitFeedbackCommand>, SubmitFeedbackValidator>();
        services.AddSingleton<IValidator<ReplyToConversationCommand>, ReplyToConversationValidator>();
        services.AddSingleton<IValidator<SearchFeedbackQuery>, SearchFeedbackValidator>();
        services.AddSingleton<IValidator<GetSimilarFeedbackQuery>, GetSimilarFeedbackValidator>();
        services.AddOptions<FeedbackSearchOptions>().Bind(configuration.GetSection(FeedbackSearchOptions.Section))
            .Validate(o => o.DuplicateThreshold is > 0 and <= 1 && o.SemanticMinSimilarity is >= 0 and <= 1,
                "Zeron__Feedback__DuplicateThreshold must be above 0 and at most 1, …__SemanticMinSimilarity 0–1.")
            .Validate(o => o.VectorScan is { ExactScanBelow: >= 0, EfSearch: >= 1 and <= 1000, MaxScanTuples: >= 1 },
                "Zeron__Feedback__VectorScan__ExactScanBelow must be at least 0, …__EfSearch 1–1000, …__MaxScanTuples at least 1.")
            .ValidateOnStart();
        services.AddScoped<QueryEmbedder>();
        services.AddOptions<ConversationTokenOptions>().Bind(configuration.GetSection(ConversationTokenOptions.Section));
        services.AddSingleton<ConversationTokens>();
        services.AddOptions<WidgetRateLimitOptions>().Bind(configuration.GetSection(WidgetRateLimitOptions.Section))
            .Validate(o => o.PerIpPerMinute >= 1 && o.PerProjectPerMinute >= 1 && o.FailedTokenChecksPerIpPerMinute >= 1,
                "Zeron__Widget__RateLimits__PerIpPerMinute, …__PerProjectPerMinute and …__FailedTokenChecksPerIpPerMinute must be at least 1.")
            .ValidateOnStart();
        services.AddRedisRateLimiter();
        services.AddSingleton<WidgetRateLimiter>();
        services.AddSingleton<KnownProjects>();
        services.AddSingleton<AdmittedOrigins>();
        services.AddSingleton<IValidator<CreateWebhookCommand>, CreateWebhookValidator>();
        services.AddOptions<WebhookOptions>().BindSwitch($"{WebhookOptions.Section}:AllowPrivateTargets", (o, on) => o.AllowPrivateTargets = on);
        services.AddWebhookHttpClient();
        services.AddScoped<WebhookFanOut>();
        services.AddScoped<WebhookDeliveryJob>();
        services.AddScoped<TriageScheduler>();
        services.AddScoped<TriageJob>();
        services.AddScoped<IndexingScheduler>();
        services.AddScoped<FeedbackIndexingJob>();
        services.AddScoped<IndexProgressReader>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var org = endpoints.MapOrganizationApi("Projects");
        ListProjectsEndpoint.Map(org);
        CreateProjectEndpoint.Map(org);
        GetProjectEndpoint.Map(org);
        UpdateProjectEndpoint.Map(org);
        DeleteProjectEndpoint.Map(org);
        RotateProjectKeyEndpoint.Map(org);

        var webhooks = endpoints.MapOrganizationApi("Webhooks");
        ListWebhooksEndpoint.Map(webhooks);
        CreateWebhookEndpoint.Map(webhooks);
        DeleteWebhookEndpoint.Map(webhooks);
        ListWebhookDeliveriesEndpoint.Map(webhooks);

        var feedback = endpoints.MapOrganizationApi("Feedback");
        ListFeedbackEndpoint.Map(feedback);
        ExportFeedbackEndpoint.Map(feedback);
        GetFeedbackItemEndpoint.Map(feedback);
        SearchFeedbackEndpoint.Map(feedback);
        GetSimilarFeedbackEndpoint.Map(feedback);
        UpdateFeedbackItemEndpoint.Map(feedback);
        DeleteFeedbackItemEndpoint.Map(feedback);
        AddAdminReplyEndpoint.Map(feedback);
        ReindexFeedbackEndpoint.Map(feedback);
        // The public widget API: no sign-in (the project key names the project), CORS decided per project.
        var widget = endpoints.MapGroup("/api/widget/v1")
            .AllowAnonymous()
            .WithTags("Widget")
            .WithMetadata(new WidgetBodyLimit(WidgetBodyLimit.Default))
            .AddEndpointFilter<WidgetCorsFilter>()
            .AddEndpointFilter<WidgetBodyLimitFilter>();
        GetWidgetConfigEndpoint.Map(widget);
        SubmitFeedbackEndpoint.Map(widget);
        GetConversationEndpoint.Map(widget);
        ReplyToConversationEndpoint.Map(widget);
        StreamConversationEndpoint.Map(widget);
        WidgetPreflightEndpoint.Map(widget, GetWidgetConfigEndpoint.Route, HttpMethods.Get);
        WidgetPreflightEndpoint.Map(widget, SubmitFeedbackEndpoint.Route, HttpMethods.Post);
        WidgetPreflightEndpoint.Map(widget, GetConversationEndpoint.Route, HttpMethods.Get);
        WidgetPreflightEndpoint.Map(widget, ReplyToConversationEndpoint.Route, HttpMethods.Post);
        WidgetPreflightEndpoint.Map(widget, StreamConversationEndpoint.Route, HttpMethods.Get);
        return endpoints;
    }
}
