using Mediator;

namespace Zeron.Web.Pages.Admin;

public sealed class ConductorModel(ISender sender) : AdminPageModel(sender)
{
    public void OnGet()
    {
    }
}
