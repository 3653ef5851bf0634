using Mediator;

namespace Zeron.Web.Pages.Admin;

public sealed class IndexModel(ISender sender) : AdminPageModel(sender)
{
    public void OnGet()
    {
    }
}
