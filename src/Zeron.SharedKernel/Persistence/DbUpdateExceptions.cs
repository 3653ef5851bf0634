using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Zeron.SharedKernel.Persistence;

public static class DbUpdateExceptions
{
    /// <summary>
    /// A unique index refused the row: a concurrent request saved the same thing a moment earlier, after this one had
    /// checked. Handlers that check first catch this too and answer as the check would have (usually 409).
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
