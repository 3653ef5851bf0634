using Mediator;

namespace Zeron.Web.Pages.Admin;

public sealed class FeedbackModel(ISender sender) : AdminPageModel(sender)
{
    public void OnGet()
    {
    }
}
