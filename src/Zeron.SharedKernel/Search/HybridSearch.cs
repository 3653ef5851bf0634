using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Pgvector;

namespace Zeron.SharedKernel.Search;

/// <summary>
/// Hybrid search over a <see cref="SearchTable"/>: a semantic list (cosine distance to the query's embedding, filtered
/// by the scope inside the nearest-neighbour scan, see <see cref="VectorScanOptions"/>) and a keyword list
/// (<c>websearch_to_tsquery</c> ranked by <c>ts_rank_cd</c>), fused by <see cref="ReciprocalRankFusion"/>. Runs on the
/// context's connection inside its current transaction (a tenant transaction: row-level security still applies) and
/// returns keys; the caller loads its own rows.
/// </summary>
public static class HybridSearch
{
    public static async Task<HybridSearchResult<TKey>> SearchAsync<TKey>(
        this DbContext db, SearchTable table, HybridSearchRequest request, VectorScanOptions? options, CancellationToken cancellationToken)
        where TKey : struct
    {
        var keyword = await KeywordAsync<TKey>(db, table, request, cancellationToken);
        var semantic = request is { Vector: { } vector, Model: { } model }
            ? await NearestAsync<TKey>(db, table, request.Scope, vector, model, request.Candidates, null, options, cancellationToken)
            : null;

        semantic = semantic?.Where(n => n.Similarity >= request.MinSimilarity).ToList();
        IReadOnlyList<IReadOnlyList<TKey>> lists = semantic is null ? [keyword] : [semantic.Select(n => n.Key).ToList(), keyword];
        var similarities = semantic?.ToDictionary(n => n.Key, n => n.Similarity) ?? [];
        var keywordList = lists.Count - 1;
        var hits = ReciprocalRankFusion.Fuse(lists).Take(request.Limit)
            .Select(h => new HybridHit<TKey>(h.Key, h.Score, semantic is not null && h.FoundBy.Contains(0), h.FoundBy.Contains(keywordList),
                similarities.TryGetValue(h.Key, out var s) ? s : null))
            .ToList();
        return new HybridSearchResult<TKey>(hits, semantic is not null);
    }

    /// <summary>
    /// The <paramref name="limit"/> rows of the scope nearest to <paramref name="vector"/> among those embedded by
    /// <paramref name="model"/>, nearest first, without <paramref name="exclude"/> (when given).
    /// </summary>
    public static async Task<IReadOnlyList<Neighbour<TKey>>> NearestAsync<TKey>(
        this DbContext db, SearchTable table, SearchScope scope, ReadOnlyMemory<float> vector, string model, int limit, TKey? exclude,
        VectorScanOptions? options, CancellationToken cancellationToken)
        where TKey : struct
    {
        options ??= VectorScanOptions.Default;
        var sql = new SearchSql(table, scope, exclude is { } excluded ? excluded : null);
        var parameters = sql.Parameters(new Vector(vector), model, limit);
        var connection = Connection(db, out var transaction);

        var embedded = await ScalarAsync(connection, transaction, sql.CountEmbedded(options.ExactScanBelow), parameters, cancellationToken);
        if (embedded >= options.ExactScanBelow)
        {
            await SetIndexScanAsync(connection, transaction, options, cancellationToken);
            var walked = await NeighboursAsync<TKey>(connection, transaction, sql.Nearest(exact: false), parameters, cancellationToken);
            if (walked.Count >= limit)
            {
                return walked;
            }
        }

        return await NeighboursAsync<TKey>(connection, transaction, sql.Nearest(exact: true), parameters, cancellationToken);
    }

    private static async Task<IReadOnlyList<TKey>> KeywordAsync<TKey>(DbContext db, SearchTable table, HybridSearchRequest request, CancellationToken cancellationToken)
    {
        var sql = new SearchSql(table, request.Scope, exclude: null);
        var connection = Connection(db, out var transaction);
        await using var command = new NpgsqlCommand(sql.Keyword(), connection, transaction);
        command.Parameters.AddRange(sql.KeywordParameters(request.Text, request.Candidates));
        var keys = new List<TKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetFieldValue<TKey>(0));
        }

        return keys;
    }

    private static async Task<List<Neighbour<TKey>>> NeighboursAsync<TKey>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        var found = new List<Neighbour<TKey>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new Neighbour<TKey>(reader.GetFieldValue<TKey>(0), Math.Clamp(1 - reader.GetDouble(1), 0, 1)));
        }

        return found;
    }

    private static async Task<long> ScalarAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>pgvector 0.8's iterative index scan for this transaction only (<c>SET LOCAL</c>).</summary>
    private static async Task SetIndexScanAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, VectorScanOptions options, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('hnsw.ef_search', $1, true), set_config('hnsw.max_scan_tuples', $2, true)",
            connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = options.EfSearch.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        command.Parameters.Add(new NpgsqlParameter { Value = options.MaxScanTuples.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlConnection Connection(DbContext db, out NpgsqlTransaction transaction)
    {
        transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("Hybrid search runs inside the caller's (tenant) transaction: call it from InTenantTransactionAsync.");
        return (NpgsqlConnection)db.Database.GetDbConnection();
    }
}
