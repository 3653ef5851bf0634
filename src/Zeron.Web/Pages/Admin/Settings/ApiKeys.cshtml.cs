using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.ApiKeys;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Settings;

/// <summary>
/// Lists, creates and revokes the current organization's API keys. Posts redirect back (so a reload never creates a
/// second key); the new key rides once in TempData, which is encrypted and deleted as soon as it is read.
/// </summary>
public sealed class ApiKeysModel(ISender sender) : AdminPageModel(sender)
{
    public IReadOnlyList<ApiKeyDto> Keys { get; private set; } = [];

    public CreatedApiKeyDto? CreatedKey { get; private set; }

    [TempData]
    public string? CreatedKeyJson { get; set; }

    [TempData]
    public string? Error { get; set; }

    /// <summary>What the last post did ("Key … revoked."), shown once.</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        CreatedKey = CreatedKeyJson is null ? null : JsonSerializer.Deserialize<CreatedApiKeyDto>(CreatedKeyJson);
        Keys = await Sender.Send(new ListApiKeysQuery(CurrentOrganization!.Id), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(string? name)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        try
        {
            var created = await Sender.Send(new CreateApiKeyCommand(CurrentOrganization!.Id, UserId, name ?? ""), HttpContext.RequestAborted);
            CreatedKeyJson = JsonSerializer.Serialize(created);
        }
        catch (RequestValidationException ex)
        {
            Error = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        var result = await Sender.Send(new RevokeApiKeyCommand(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        (Message, Error) = result.IsSuccess ? ($"Key {result.Value.Name} ({result.Value.Prefix}…) revoked: it no longer works.", (string?)null) : (null, result.Error!.Message);
        return RedirectToPage();
    }
}
