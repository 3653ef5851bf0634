using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Authentication;
using Zeron.SharedKernel.Outbox;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// Every module's outbox, for Zeron's operators (system administrators; it spans all tenants): what is waiting, and the
/// events given up after repeated failures with their last error, which can be sent round again once the cause is fixed.
/// </summary>
[Authorize(Policy = AdminUi.SystemAdminPolicy)]
public sealed class OutboxModel(ISender sender, IEnumerable<IModuleOutbox> outboxes) : AdminPageModel(sender)
{
    public const int ShownPerModule = 50;

    public IReadOnlyList<(OutboxBacklog Backlog, IReadOnlyList<GivenUpEvent> GivenUp)> Modules { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        var modules = new List<(OutboxBacklog, IReadOnlyList<GivenUpEvent>)>();
        foreach (var outbox in outboxes)
        {
            var backlog = await outbox.ReadBacklogAsync(HttpContext.RequestAborted);
            var givenUp = backlog.GivenUp == 0 ? [] : await outbox.ListGivenUpAsync(ShownPerModule, HttpContext.RequestAborted);
            modules.Add((backlog, givenUp));
        }

        Modules = modules;
    }

    public async Task<IActionResult> OnPostRetryAsync(string? module)
    {
        var outbox = outboxes.FirstOrDefault(o => o.Module == module);
        if (outbox is null)
        {
            return NotFound();
        }

        var retried = await outbox.RetryGivenUpAsync(HttpContext.RequestAborted);
        Message = $"{retried} event(s) of {outbox.Module} will be tried again within seconds.";
        return RedirectToPage();
    }

    /// <summary>"Zeron.Feedback.Contracts.Items.FeedbackReceived, Zeron.Feedback.Contracts" → "FeedbackReceived".</summary>
    public static string ShortType(string type)
    {
        var name = type.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
