using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Feedback;

/// <summary>
/// A project's webhooks (Admins and Owners only: URLs can carry tokens): add one (its secret rides once in
/// TempData, encrypted and deleted when read), delete one, and open each one's delivery log.
/// </summary>
public sealed class WebhooksModel(ISender sender) : AdminPageModel(sender)
{
    public ProjectDto Project { get; private set; } = null!;

    public IReadOnlyList<WebhookDto> Webhooks { get; private set; } = [];

    public CreatedWebhookDto? Created { get; private set; }

    [BindProperty]
    public string? TargetUrl { get; set; }

    [BindProperty]
    public List<string> Events { get; set; } = [];

    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    [TempData]
    public string? CreatedJson { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Created = CreatedJson is null ? null : JsonSerializer.Deserialize<CreatedWebhookDto>(CreatedJson);
        return await LoadAsync(id) ?? Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var result = await Sender.Send(new CreateWebhookCommand(CurrentOrganization!.Id, id, TargetUrl?.Trim() ?? "", Events), HttpContext.RequestAborted);
            if (!result.IsSuccess)
            {
                Errors = new FieldErrors(new Dictionary<string, string[]> { ["url"] = [result.Error!.Message] });
                return Page();
            }

            CreatedJson = JsonSerializer.Serialize(result.Value);
            return RedirectToPage(new { id });
        }
        catch (RequestValidationException ex)
        {
            Errors = new FieldErrors(ex.Errors);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid webhookId)
    {
        if (await LoadAsync(id) is { } refusal)
        {
            return refusal;
        }

        var result = await Sender.Send(new DeleteWebhookCommand(CurrentOrganization!.Id, id, webhookId), HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Message = "Webhook deleted: nothing more is sent to it.";
        return RedirectToPage(new { id });
    }

    /// <summary>Loads the project and its webhooks; a result when the caller may not go on.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        var project = await Sender.Send(new GetProjectQuery(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        var webhooks = await Sender.Send(new ListWebhooksQuery(CurrentOrganization.Id, id), HttpContext.RequestAborted);
        if (!project.IsSuccess || !webhooks.IsSuccess)
        {
            return NotFound();
        }

        Project = project.Value;
        Webhooks = webhooks.Value;
        return null;
    }
}
