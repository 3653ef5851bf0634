using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features;

internal static class ItemErrors
{
    public static readonly Error NotFound = Error.NotFound("feedback.not_found", "Feedback not found.");
}
