using Zeron.SharedKernel.Persistence;

namespace Zeron.Accounts.Data;

internal sealed class AccountsDesignTimeFactory() : ModuleDesignTimeFactory<AccountsDbContext>(AccountsDbContext.Schema);
