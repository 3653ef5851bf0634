using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Contracts.Members;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Web.Pages.Admin.Settings;

/// <summary>
/// Lists members; Admins and Owners invite people (the link is shown once), revoke pending invitations and remove
/// members; Owners change roles. The last Owner can be neither demoted nor removed: the page says so instead of
/// offering it (and the command refuses it anyway). Posts redirect back, the outcome rides once in TempData.
/// </summary>
public sealed class MembersModel(ISender sender) : AdminPageModel(sender)
{
    public IReadOnlyList<MemberDto> Members { get; private set; } = [];

    public IReadOnlyList<InvitationDto> Invitations { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public bool IsError { get; set; }

    [TempData]
    public string? AcceptUrl { get; set; }

    public bool IsOwner => CurrentOrganization?.Role == OrganizationRole.Owner;

    public bool IsLastOwner(MemberDto member) =>
        member.Role == OrganizationRole.Owner && Members.Count(m => m.Role == OrganizationRole.Owner) == 1;

    public async Task<IActionResult> OnGetAsync()
    {
        if (Refusal(mustManage: false) is { } refusal)
        {
            return refusal;
        }

        Members = await Sender.Send(new ListMembersQuery(CurrentOrganization!.Id), HttpContext.RequestAborted);
        Invitations = CanManage ? await Sender.Send(new ListInvitationsQuery(CurrentOrganization.Id), HttpContext.RequestAborted) : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? email, OrganizationRole role)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        var origin = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        try
        {
            var result = await Sender.Send(
                new AddMemberCommand(CurrentOrganization!.Id, UserId, CurrentOrganization.Role, email ?? "", role, origin), HttpContext.RequestAborted);
            Show(result, i => $"Invited {i.Email} as {i.Role}.");
            AcceptUrl = result.IsSuccess ? result.Value.AcceptUrl : null;
        }
        catch (RequestValidationException ex)
        {
            (Message, IsError) = (string.Join(" ", ex.Errors.SelectMany(e => e.Value)), true);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        Show(await Sender.Send(new RemoveMemberCommand(CurrentOrganization!.Id, UserId, userId), HttpContext.RequestAborted),
            m => $"Removed {m.Email}.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid userId, OrganizationRole role)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        if (!IsOwner)
        {
            return Forbid();
        }

        try
        {
            Show(await Sender.Send(new ChangeMemberRoleCommand(CurrentOrganization!.Id, UserId, userId, role), HttpContext.RequestAborted),
                m => $"{m.Email} is now {m.Role}.");
        }
        catch (RequestValidationException ex)
        {
            (Message, IsError) = (string.Join(" ", ex.Errors.SelectMany(e => e.Value)), true);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        Show(await Sender.Send(new RevokeInvitationCommand(CurrentOrganization!.Id, id), HttpContext.RequestAborted),
            i => $"Revoked the invitation of {i.Email}.");
        return RedirectToPage();
    }

    private void Show<T>(Result<T> result, Func<T, string> success) =>
        (Message, IsError) = result.IsSuccess ? (success(result.Value), false) : (result.Error!.Message, true);
}
