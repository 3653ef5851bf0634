using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Feedback.Contracts.Projects;

namespace Zeron.Web.Pages;

/// <summary>
/// <c>/demo</c>: a pretend customer site (anonymous) that embeds the widget of the Demo organization's first project.
/// It reads only that project's public key, which every site embedding the widget shows anyway.
/// </summary>
public sealed class DemoModel(ISender sender) : PageModel
{
    public const string DemoOrganizationSlug = "demo";

    /// <summary>Null when there is no demo project (yet): the seeding event not delivered, or the project deleted.</summary>
    public string? ProjectKey { get; private set; }

    public async Task OnGetAsync()
    {
        var organization = await sender.Send(new FindOrganizationBySlugQuery(DemoOrganizationSlug), HttpContext.RequestAborted);
        if (organization is null)
        {
            return;
        }

        var projects = await sender.Send(new ListProjectsQuery(organization.Id), HttpContext.RequestAborted);
        ProjectKey = projects.Count > 0 ? projects[0].PublicKey : null;
    }
}
