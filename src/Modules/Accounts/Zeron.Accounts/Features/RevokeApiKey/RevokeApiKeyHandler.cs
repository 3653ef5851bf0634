using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.ApiKeys;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.RevokeApiKey;

internal sealed class RevokeApiKeyHandler(AccountsDbContext db, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand, Result<ApiKeyDto>>
{
    public async ValueTask<Result<ApiKeyDto>> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == command.ApiKeyId && k.OrganizationId == command.OrganizationId, cancellationToken);
        if (key is null)
        {
            return Error.NotFound("api_key.not_found", "API key not found.");
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new ApiKeyDto(key.Id, key.Name, key.Prefix, key.CreatedAt, key.LastUsedAt, key.RevokedAt, ApiKey.Role);
    }
}
