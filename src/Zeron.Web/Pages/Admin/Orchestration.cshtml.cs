using Mediator;

namespace Zeron.Web.Pages.Admin;

/// <summary>The Orchestration module's page; users know it as the Conductor (its URL and title say so).</summary>
public sealed class OrchestrationModel(ISender sender) : AdminPageModel(sender)
{
    public void OnGet()
    {
    }
}
