using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.ApiKeys;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Settings;

public sealed class ApiKeysModel(ISender sender) : AdminPageModel(sender)
{
    public IReadOnlyList<ApiKeyDto> Keys { get; private set; } = [];

    public CreatedApiKeyDto? CreatedKey { get; private set; }

    public string? Error { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync();

    public async Task<IActionResult> OnPostCreateAsync(string? name)
    {
        if (CurrentOrganization is not null && CanManage)
        {
            try
            {
                CreatedKey = await Sender.Send(new CreateApiKeyCommand(CurrentOrganization.Id, UserId, name ?? ""), HttpContext.RequestAborted);
            }
            catch (RequestValidationException ex)
            {
                Error = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
            }
        }

        return await RenderAsync();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (CurrentOrganization is not null && CanManage)
        {
            var result = await Sender.Send(new RevokeApiKeyCommand(CurrentOrganization.Id, id), HttpContext.RequestAborted);
            Error = result.Error?.Message;
        }

        return await RenderAsync();
    }

    private async Task<IActionResult> RenderAsync()
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        Keys = await Sender.Send(new ListApiKeysQuery(CurrentOrganization.Id), HttpContext.RequestAborted);
        return Page();
    }
}
