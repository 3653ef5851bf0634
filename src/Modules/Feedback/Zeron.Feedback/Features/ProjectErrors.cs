using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features;

internal static class ProjectErrors
{
    public static readonly Error NotFound = Error.NotFound("project.not_found", "Project not found.");
}
