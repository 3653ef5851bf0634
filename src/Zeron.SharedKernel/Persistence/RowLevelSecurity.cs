using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Zeron.SharedKernel.Persistence;

/// <summary>
/// PostgreSQL row-level security: tenant tables admit only rows whose <c>organization_id</c> equals the
/// transaction-local setting <c>zeron.organization_id</c>. Work on tenant data runs inside
/// <see cref="BeginTenantTransactionAsync"/> (or inside one <see cref="NpgsqlBatch"/>, which PostgreSQL runs as one
/// transaction); the setting dies with the transaction, so a pooled connection never carries one tenant's context
/// into another request.
/// </summary>
public static class RowLevelSecurity
{
    public const string OrganizationSetting = "zeron.organization_id";

    /// <summary>The policy expression every tenant table uses (see the Feedback migrations).</summary>
    public const string TenantPredicate = "organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid";

    private const string SetLocalSql = "SELECT set_config($1, $2, true)";

    public static async Task<IDbContextTransaction> BeginTenantTransactionAsync(this DbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SetLocalAsync(OrganizationSetting, organizationId.ToString(), cancellationToken);
        return transaction;
    }

    /// <summary><c>SET LOCAL name = value</c> (as <c>set_config(name, value, true)</c>, which takes parameters).</summary>
    public static Task SetLocalAsync(this DbContext db, string name, string value, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT set_config({name}, {value}, true)", cancellationToken);

    /// <summary>
    /// The same as a batch's first command. Commands of one <see cref="NpgsqlBatch"/> share one implicit transaction
    /// (one round trip, one Sync), so the setting holds for the rest of the batch and ends with it.
    /// </summary>
    public static NpgsqlBatchCommand SetLocalCommand(string name, string value) =>
        new(SetLocalSql) { Parameters = { new() { Value = name }, new() { Value = value } } };

    /// <summary>A batch's first command that makes the rest of it act for <paramref name="organizationId"/>.</summary>
    public static NpgsqlBatchCommand SetOrganizationCommand(Guid organizationId) =>
        SetLocalCommand(OrganizationSetting, organizationId.ToString());
}
