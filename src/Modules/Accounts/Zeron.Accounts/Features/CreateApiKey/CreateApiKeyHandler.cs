using Mediator;
using Zeron.Accounts.Authentication;
using Zeron.Accounts.Contracts.ApiKeys;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;

namespace Zeron.Accounts.Features.CreateApiKey;

internal sealed class CreateApiKeyHandler(AccountsDbContext db, TimeProvider clock) : ICommandHandler<CreateApiKeyCommand, CreatedApiKeyDto>
{
    public async ValueTask<CreatedApiKeyDto> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var (key, prefix, hash) = ApiKeySecrets.Generate();
        var apiKey = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = command.OrganizationId,
            Name = command.Name.Trim(),
            Prefix = prefix,
            SecretHash = hash,
            CreatedByUserId = command.CreatedByUserId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKeyDto(apiKey.Id, apiKey.Name, prefix, key, apiKey.CreatedAt);
    }
}
