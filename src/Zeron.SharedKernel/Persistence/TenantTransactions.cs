using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Zeron.SharedKernel.Results;

namespace Zeron.SharedKernel.Persistence;

/// <summary>
/// The one way a handler works on tenant data: inside <see cref="RowLevelSecurity.BeginTenantTransactionAsync"/>
/// (so row-level security admits only the organization's rows), saved and committed only when the work succeeded.
/// A failed <see cref="Result{T}"/> or an exception rolls everything back, including bulk
/// <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> statements the work ran before it failed.
/// </summary>
public static class TenantTransactions
{
    public static async ValueTask<Result<T>> InTenantTransactionAsync<T>(
        this DbContext db, Guid organizationId, Func<Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, cancellationToken);
        var result = await work();
        if (result.IsSuccess)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>The same for work that cannot fail but by an exception.</summary>
    public static async ValueTask<T> InTenantTransactionAsync<T>(
        this DbContext db, Guid organizationId, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, cancellationToken);
        var result = await work();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Streams <paramref name="rows"/> from one tenant transaction; it ends (read only) with the stream.</summary>
    public static async IAsyncEnumerable<T> InTenantTransaction<T>(
        this DbContext db, Guid organizationId, Func<IAsyncEnumerable<T>> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, cancellationToken);
        await foreach (var row in rows().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
