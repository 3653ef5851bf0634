using Mediator;
using Zeron.Integrations.Contracts.Ai;

namespace Zeron.Integrations.Features.GetAiStatus;

internal sealed class GetAiStatusHandler(AiStatusReader reader) : IQueryHandler<GetAiStatusQuery, AiStatusDto>
{
    public async ValueTask<AiStatusDto> Handle(GetAiStatusQuery query, CancellationToken cancellationToken) =>
        await reader.ReadAsync(query.OrganizationId, cancellationToken);
}
