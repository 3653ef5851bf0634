using Mediator;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.GetWidgetConfig;

internal sealed class GetWidgetConfigHandler(FeedbackDbContext db) : IQueryHandler<GetWidgetConfigQuery, Result<WidgetConfigDto>>
{
    public async ValueTask<Result<WidgetConfigDto>> Handle(GetWidgetConfigQuery query, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var project = await db.FindProjectByKeyAsync(query.ProjectKey, cancellationToken);
        if (project is null)
        {
            return WidgetErrors.UnknownKey;
        }

        if (!WidgetLookups.Admits(project.AllowedOrigins, query.Origin))
        {
            return WidgetErrors.OriginNotAllowed;
        }

        var widget = project.Widget;
        return new WidgetConfigDto(widget.Title, widget.Greeting, widget.AccentColor, widget.Position, project.Categories);
    }
}
