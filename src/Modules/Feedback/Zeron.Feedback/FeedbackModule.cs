using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.AddAdminReply;
using Zeron.Feedback.Features.CreateProject;
using Zeron.Feedback.Features.DeleteFeedbackItem;
using Zeron.Feedback.Features.EraseSubmitter;
using Zeron.Feedback.Features.DeleteProject;
using Zeron.Feedback.Features.ExportFeedback;
using Zeron.Feedback.Features.GetFeedbackItem;
using Zeron.Feedback.Features.GetProject;
using Zeron.Feedback.Features.ListFeedback;
using Zeron.Feedback.Features.ListProjects;
using Zeron.Feedback.Features.RotateProjectKey;
using Zeron.Feedback.Features.UpdateFeedbackItem;
using Zeron.Feedback.Features.UpdateProject;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback;

/// <summary>Projects, the embeddable widget and its public API, the feedback inbox and the integrator API.</summary>
public static class FeedbackModule
{
    public const string Name = "Feedback";

    public static IServiceCollection AddFeedbackModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<FeedbackDbContext>(configuration, Name, FeedbackDbContext.Schema);
        services.AddSingleton<IValidator<CreateProjectCommand>, CreateProjectValidator>();
        services.AddSingleton<IValidator<UpdateProjectCommand>, UpdateProjectValidator>();
        services.AddSingleton<IValidator<ListFeedbackQuery>, ListFeedbackValidator>();
        services.AddSingleton<IValidator<UpdateFeedbackItemCommand>, UpdateFeedbackItemValidator>();
        services.AddSingleton<IValidator<AddAdminReplyCommand>, AddAdminReplyValidator>();
        services.AddSingleton<IValidator<EraseSubmitterCommand>, EraseSubmitterValidator>();
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

        var feedback = endpoints.MapOrganizationApi("Feedback");
        ListFeedbackEndpoint.Map(feedback);
        ExportFeedbackEndpoint.Map(feedback);
        GetFeedbackItemEndpoint.Map(feedback);
        UpdateFeedbackItemEndpoint.Map(feedback);
        DeleteFeedbackItemEndpoint.Map(feedback);
        AddAdminReplyEndpoint.Map(feedback);
        return endpoints;
    }
}
