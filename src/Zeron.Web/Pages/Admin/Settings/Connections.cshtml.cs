using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Messaging;
using Zeron.Web.Pages.Admin.Feedback;

namespace Zeron.Web.Pages.Admin.Settings;

/// <summary>
/// The organization's connections (Admins and Owners only): add one (its API key is typed once and never shown
/// again), check it, rotate its key, delete it. Posts but a refused add redirect back; a check's result rides once in
/// TempData.
/// </summary>
public sealed class ConnectionsModel(ISender sender) : AdminPageModel(sender)
{
    public IReadOnlyList<ConnectionDto> Connections { get; private set; } = [];

    public IReadOnlyList<ConnectionKindDto> Kinds { get; private set; } = [];

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? BaseUrl { get; set; }

    [BindProperty]
    public string? Model { get; set; }

    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    public CheckedConnection? Checked { get; private set; }

    [TempData]
    public string? CheckedJson { get; set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Checked = CheckedJson is null ? null : JsonSerializer.Deserialize<CheckedConnection>(CheckedJson);
        return await LoadAsync() ?? Page();
    }

    /// <summary>The key is a parameter, not a bound property: a refused form is shown again without it.</summary>
    public async Task<IActionResult> OnPostCreateAsync(string? apiKey)
    {
        if (await LoadAsync() is { } refusal)
        {
            return refusal;
        }

        try
        {
            var result = await Sender.Send(
                new CreateConnectionCommand(CurrentOrganization!.Id, Kind ?? "", Name ?? "", apiKey ?? "", Blank(BaseUrl), Blank(Model)), HttpContext.RequestAborted);
            if (!result.IsSuccess)
            {
                Errors = new FieldErrors(new Dictionary<string, string[]> { ["name"] = [result.Error!.Message] });
                return Page();
            }

            Message = $"Connection {result.Value.Name} added. Check it to see that the key works.";
            return RedirectToPage();
        }
        catch (RequestValidationException ex)
        {
            Errors = new FieldErrors(ex.Errors);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid id)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        var found = await Sender.Send(new GetConnectionQuery(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        var result = await Sender.Send(new CheckConnectionCommand(CurrentOrganization.Id, id), HttpContext.RequestAborted);
        if (!found.IsSuccess || !result.IsSuccess)
        {
            Error = ConnectionGone;
            return RedirectToPage();
        }

        CheckedJson = JsonSerializer.Serialize(new CheckedConnection(found.Value.Name, result.Value));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRotateAsync(Guid id, string? apiKey)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        try
        {
            var result = await Sender.Send(new UpdateConnectionCommand(CurrentOrganization!.Id, id, null, null, null, apiKey ?? ""), HttpContext.RequestAborted);
            (Message, Error) = result.IsSuccess ? ($"The API key of {result.Value.Name} was replaced.", (string?)null) : (null, ConnectionGone);
        }
        catch (RequestValidationException ex)
        {
            Error = $"The key was not replaced: {string.Join(" ", ex.Errors.SelectMany(e => e.Value))}";
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        var result = await Sender.Send(new DeleteConnectionCommand(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        (Message, Error) = result.IsSuccess ? ("Connection deleted, with its API key.", (string?)null) : (null, ConnectionGone);
        return RedirectToPage();
    }

    private const string ConnectionGone = "That connection no longer exists.";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<IActionResult?> LoadAsync()
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        Kinds = await Sender.Send(new ListConnectionKindsQuery(), HttpContext.RequestAborted);
        Connections = (await Sender.Send(new ListConnectionsQuery(CurrentOrganization!.Id), HttpContext.RequestAborted)).Items;
        return null;
    }

    /// <summary>A check's result with the name of the connection it was for.</summary>
    public sealed record CheckedConnection(string Name, ConnectionCheckDto Result);
}
