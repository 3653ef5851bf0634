using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Projects;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Feedback;

/// <summary>
/// The Feedback landing page: the current organization's projects and, for Admins and Owners, a form for a new one.
/// A created project redirects to its own page (PRG); invalid input re-renders the form with the messages.
/// </summary>
public sealed class FeedbackModel(ISender sender) : AdminPageModel(sender)
{
    public IReadOnlyList<ProjectDto> Projects { get; private set; } = [];

    [BindProperty]
    public ProjectForm NewProject { get; set; } = new();

    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        Projects = await Sender.Send(new ListProjectsQuery(CurrentOrganization.Id), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            var project = await Sender.Send(NewProject.ToCreate(CurrentOrganization.Id), HttpContext.RequestAborted);
            Message = $"Project {project.Name} created. Paste its snippet into your site to show the widget.";
            return RedirectToPage("/Admin/Feedback/Project", new { id = project.Id });
        }
        catch (RequestValidationException ex)
        {
            Errors = new FieldErrors(ex.Errors);
            return await OnGetAsync();
        }
    }
}
