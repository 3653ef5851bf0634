using Mediator;
using Zeron.Analytics.Contracts;

namespace Zeron.Web.Pages.Admin;

public sealed class AnalyticsModel(ISender sender) : AdminPageModel(sender)
{
    public PlatformSummaryDto Summary { get; private set; } = new(0, null);

    public async Task OnGetAsync()
    {
        // Platform-wide numbers are for Zeron operators only, never for one tenant's admins.
        if (Shell.IsSystemAdmin)
        {
            Summary = await Sender.Send(new GetPlatformSummaryQuery(), HttpContext.RequestAborted);
        }
    }
}
