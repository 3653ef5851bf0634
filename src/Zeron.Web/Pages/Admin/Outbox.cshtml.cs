using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// Every module's event tables, for Zeron's operators (system administrators; they span all tenants): per module, its
/// outbox (events waiting to reach their consumers) and its inbox (events it consumes, waiting for its handler), each
/// with the events given up after repeated failures and their last error, which can be sent round again once the
/// cause is fixed. A consumer's failures show in its own inbox only.
/// </summary>
[Authorize(Policy = TenancyExtensions.SystemAdminPolicy)]
public sealed class OutboxModel(ISender sender, IEnumerable<IModuleEventQueue> queues) : AdminPageModel(sender)
{
    public const int ShownPerQueue = 50;

    public IReadOnlyList<(EventBacklog Backlog, IReadOnlyList<GivenUpEvent> GivenUp)> Queues { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        var shown = new List<(EventBacklog, IReadOnlyList<GivenUpEvent>)>();
        foreach (var queue in queues)
        {
            var backlog = await queue.ReadBacklogAsync(HttpContext.RequestAborted);
            var givenUp = backlog.GivenUp == 0 ? [] : await queue.ListGivenUpAsync(ShownPerQueue, HttpContext.RequestAborted);
            shown.Add((backlog, givenUp));
        }

        Queues = shown;
    }

    /// <param name="module">The module whose table to retry.</param>
    /// <param name="queue"><c>outbox</c> (the default) or <c>inbox</c>.</param>
    public async Task<IActionResult> OnPostRetryAsync(string? module, string? queue)
    {
        var target = Enum.TryParse<EventQueueKind>(queue ?? nameof(EventQueueKind.Outbox), ignoreCase: true, out var kind)
            ? queues.FirstOrDefault(q => q.Module == module && q.Kind == kind)
            : null;
        if (target is null)
        {
            return NotFound();
        }

        var retried = await target.RetryGivenUpAsync(HttpContext.RequestAborted);
        Message = $"{retried} event(s) of {target.Module}{(kind == EventQueueKind.Inbox ? " inbox" : "")} will be tried again within seconds.";
        return RedirectToPage();
    }
}
