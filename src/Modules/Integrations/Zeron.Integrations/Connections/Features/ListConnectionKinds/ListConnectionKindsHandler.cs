using Mediator;
using Zeron.Integrations.Connections.Kinds;
using Zeron.Integrations.Contracts.Connections;

namespace Zeron.Integrations.Connections.Features.ListConnectionKinds;

/// <summary>The kinds for the admin page's form, so it shows what the module knows rather than a copy.</summary>
internal sealed class ListConnectionKindsHandler : IQueryHandler<ListConnectionKindsQuery, IReadOnlyList<ConnectionKindDto>>
{
    private static readonly IReadOnlyList<ConnectionKindDto> Kinds =
        [.. ConnectionKinds.All.Select(k => new ConnectionKindDto(k.Name, k.Title,
            k.DefaultBaseUrl is null ? null : ConnectionTargets.Normalize(k.DefaultBaseUrl.AbsoluteUri), k.DefaultModel, k.SecretField, k.UrlField, k.NeedsEmail))];

    public ValueTask<IReadOnlyList<ConnectionKindDto>> Handle(ListConnectionKindsQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(Kinds);
}
