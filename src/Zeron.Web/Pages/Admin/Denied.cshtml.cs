using Mediator;

namespace Zeron.Web.Pages.Admin;

/// <summary>Where the sign-in cookie sends a refused visitor (its <c>AccessDeniedPath</c>): the 403 error page.</summary>
public sealed class DeniedModel(ISender sender) : ErrorPageModel(sender)
{
    protected override int RequestedStatus => StatusCodes.Status403Forbidden;
}
