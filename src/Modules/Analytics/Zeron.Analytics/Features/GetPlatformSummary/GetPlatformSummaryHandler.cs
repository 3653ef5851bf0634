using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Analytics.Contracts;
using Zeron.Analytics.Data;

namespace Zeron.Analytics.Features.GetPlatformSummary;

internal sealed class GetPlatformSummaryHandler(AnalyticsDbContext db) : IQueryHandler<GetPlatformSummaryQuery, PlatformSummaryDto>
{
    public async ValueTask<PlatformSummaryDto> Handle(GetPlatformSummaryQuery query, CancellationToken cancellationToken)
    {
        var count = await db.Organizations.CountAsync(cancellationToken);
        var last = await db.Organizations.MaxAsync(o => (DateTimeOffset?)o.CreatedAt, cancellationToken);
        return new PlatformSummaryDto(count, last);
    }
}
