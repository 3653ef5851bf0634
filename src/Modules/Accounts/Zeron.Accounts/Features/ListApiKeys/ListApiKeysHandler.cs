using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.ApiKeys;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;

namespace Zeron.Accounts.Features.ListApiKeys;

internal sealed class ListApiKeysHandler(AccountsDbContext db) : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async ValueTask<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking()
            .Where(k => k.OrganizationId == query.OrganizationId)
            .OrderByDescending(k => k.CreatedAt)
            .Select(k => new ApiKeyDto(k.Id, k.Name, k.Prefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt, ApiKey.Role))
            .ToListAsync(cancellationToken);
}
