using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Projects;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Results;

namespace Zeron.Web.Pages.Admin.Feedback;

/// <summary>
/// One project: embed snippet, settings, key rotation and deletion. Everyone in the organization may look; only
/// Admins and Owners may post. Successful posts redirect back with a TempData message (PRG); invalid settings
/// re-render the form with what was typed and the messages next to each field.
/// </summary>
public sealed class ProjectModel(ISender sender) : AdminPageModel(sender)
{
    public ProjectDto Project { get; private set; } = null!;

    [BindProperty]
    public ProjectForm Form { get; set; } = new();

    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    [TempData]
    public string? Message { get; set; }

    public string Snippet => EmbedSnippet.For(Request, Project.PublicKey);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, mustManage: false) is { } refusal)
        {
            return refusal;
        }

        Form = ProjectForm.From(Project);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        try
        {
            return await ChangeAsync(id, org => Form.ToUpdate(org, id), "Settings saved.");
        }
        catch (RequestValidationException ex)
        {
            // Thrown by the send after the project was loaded: show it again with what was typed.
            Errors = new FieldErrors(ex.Errors);
            return Page();
        }
    }

    public Task<IActionResult> OnPostRotateKeyAsync(Guid id) =>
        ChangeAsync(id, org => new RotateProjectKeyCommand(org, id), "New key issued: update the script tag on your site, the old key no longer works.");

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (await LoadAsync(id, mustManage: true) is { } refusal)
        {
            return refusal;
        }

        await Sender.Send(new DeleteProjectCommand(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        Message = $"Project {Project.Name} deleted.";
        return RedirectToPage("/Admin/Feedback/Index");
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Guid, ICommand<Result<ProjectDto>>> command, string message)
    {
        if (await LoadAsync(id, mustManage: true) is { } refusal)
        {
            return refusal;
        }

        var result = await Sender.Send(command(CurrentOrganization!.Id), HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Message = message;
        return RedirectToPage(new { id });
    }

    /// <summary>Loads the project of the current organization; null when the caller may go on.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, bool mustManage)
    {
        if (Refusal(mustManage) is { } refusal)
        {
            return refusal;
        }

        var result = await Sender.Send(new GetProjectQuery(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        Project = result.IsSuccess ? result.Value : null!;
        return result.IsSuccess ? null : NotFound();
    }
}
