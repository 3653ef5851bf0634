using System.Globalization;
using Npgsql;
using Pgvector;

namespace Zeron.SharedKernel.Search;

/// <summary>
/// The statements of <see cref="HybridSearch"/> for one table and scope. Identifiers come from <see cref="SearchTable"/>
/// (checked there); every value is a parameter: <c>$1</c> the vector or the text, <c>$2</c> the model or the text
/// configuration, <c>$3</c> the limit, then the scope's values, then the excluded key.
/// </summary>
internal sealed class SearchSql(SearchTable table, SearchScope scope, object? exclude)
{
    private const int FirstScopeParameter = 4;

    /// <summary>How many rows the scope has embedded by the model, counted up to <paramref name="atMost"/> (so it stays cheap); <c>$1</c> and <c>$3</c> go unused.</summary>
    public string CountEmbedded(int atMost) => string.Create(CultureInfo.InvariantCulture,
        $"SELECT count(*) FROM (SELECT 1 FROM {table.Table} WHERE {Filter()} LIMIT {atMost}) embedded");

    /// <summary>
    /// Nearest first. Exact: every row of the scope is measured (the <c>+ 0</c> keeps the planner off the HNSW index).
    /// Not exact: the index is walked (iterative scan, relaxed order), so its rows are sorted again outside.
    /// </summary>
    public string Nearest(bool exact) => exact
        ? $"SELECT {table.Key}, {table.Embedding} <=> $1 AS distance FROM {table.Table} WHERE {Filter()} ORDER BY ({table.Embedding} <=> $1) + 0, {table.Key} LIMIT $3"
        : $"SELECT key, distance FROM (SELECT {table.Key} AS key, {table.Embedding} <=> $1 AS distance FROM {table.Table} WHERE {Filter()} " +
          $"ORDER BY {table.Embedding} <=> $1 LIMIT $3) nearest ORDER BY distance, key";

    /// <summary>The keyword list, best first: through the table's <see cref="SearchTable.KeywordFunction"/> when it has one.</summary>
    public string Keyword()
    {
        var scopeFilter = ScopeFilter();
        if (table.KeywordFunction is { } function)
        {
            var scopeValues = string.Join(", ", table.Scope.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"${FirstScopeParameter + i}")));
            return $"SELECT * FROM {function}($1, $3, {scopeValues})";
        }

        return $"SELECT {table.Key} FROM {table.Table}, websearch_to_tsquery($2::regconfig, $1) query WHERE {scopeFilter} AND {table.TextVector} @@ query " +
            $"ORDER BY ts_rank_cd({table.TextVector}, query) DESC, {table.Key} LIMIT $3";
    }

    public NpgsqlParameter[] Parameters(Vector vector, string model, int limit) =>
        [new() { Value = vector }, new() { Value = model }, new() { Value = limit }, .. ScopeAndExclude()];

    public NpgsqlParameter[] KeywordParameters(string text, int limit) =>
        [new() { Value = text }, new() { Value = table.TextConfiguration }, new() { Value = limit }, .. ScopeAndExclude()];

    private string Filter() =>
        $"{ScopeFilter()} AND {table.EmbeddingModel} = $2 AND {table.Embedding} IS NOT NULL" +
        (exclude is null ? "" : string.Create(CultureInfo.InvariantCulture, $" AND {table.Key} <> ${FirstScopeParameter + table.Scope.Count}"));

    private string ScopeFilter()
    {
        if (scope.Values.Length != table.Scope.Count)
        {
            throw new ArgumentException($"{table.Table} is searched by {string.Join(", ", table.Scope)}: give a value for each.", nameof(scope));
        }

        return string.Join(" AND ", table.Scope.Select((column, i) => string.Create(CultureInfo.InvariantCulture, $"{column} = ${FirstScopeParameter + i}")));
    }

    private IEnumerable<NpgsqlParameter> ScopeAndExclude() =>
        scope.Values.Append(exclude).Where((value, i) => i < scope.Values.Length || value is not null).Select(value => new NpgsqlParameter { Value = value });
}
