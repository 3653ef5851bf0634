using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Contracts.Projects;

public sealed record CreateProjectCommand(
    Guid OrganizationId,
    string Name,
    IReadOnlyList<string>? AllowedOrigins,
    IReadOnlyList<string>? Categories,
    WidgetSettingsInput? Widget) : ICommand<ProjectDto>;

/// <summary>Partial update: a null field keeps its current value; lists are replaced as a whole.</summary>
public sealed record UpdateProjectCommand(
    Guid OrganizationId,
    Guid ProjectId,
    string? Name,
    IReadOnlyList<string>? AllowedOrigins,
    IReadOnlyList<string>? Categories,
    WidgetSettingsInput? Widget) : ICommand<Result<ProjectDto>>;

public sealed record DeleteProjectCommand(Guid OrganizationId, Guid ProjectId) : ICommand<Result<bool>>;

/// <summary>Issues a new public key; the old one stops working at once.</summary>
public sealed record RotateProjectKeyCommand(Guid OrganizationId, Guid ProjectId) : ICommand<Result<ProjectDto>>;

public sealed record GetProjectQuery(Guid OrganizationId, Guid ProjectId) : IQuery<Result<ProjectDto>>;

public sealed record ListProjectsQuery(Guid OrganizationId) : IQuery<IReadOnlyList<ProjectDto>>;
