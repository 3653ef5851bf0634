using System.Text.RegularExpressions;

namespace Zeron.SharedKernel.Search;

/// <summary>
/// A table that <see cref="HybridSearch"/> can search: its key, its embedding (<c>vector(n)</c>, cosine HNSW index),
/// the model that made each embedding, its generated <c>tsvector</c> (GIN index) with the text search configuration
/// that built it, and the scope columns every query must filter by (the organization first, so a search never
/// leaves its tenant even before row-level security looks). Names are SQL identifiers from code, never from users:
/// the constructor refuses anything else.
/// </summary>
public sealed partial record SearchTable
{
    public SearchTable(string table, string key, string embedding, string embeddingModel, string textVector, string textConfiguration, params string[] scope)
    {
        foreach (var name in new[] { table, key, embedding, embeddingModel, textVector, textConfiguration }.Concat(scope))
        {
            if (!Identifier().IsMatch(name))
            {
                throw new ArgumentException($"'{name}' is not a plain SQL identifier (schema.table or column).", nameof(table));
            }
        }

        if (scope.Length == 0)
        {
            throw new ArgumentException("A search table needs at least one scope column (the organization).", nameof(scope));
        }

        (Table, Key, Embedding, EmbeddingModel, TextVector, TextConfiguration, Scope) = (table, key, embedding, embeddingModel, textVector, textConfiguration, scope);
    }

    /// <summary>Schema-qualified, e.g. <c>feedback.feedback_items</c>.</summary>
    public string Table { get; }

    public string Key { get; }

    public string Embedding { get; }

    public string EmbeddingModel { get; }

    public string TextVector { get; }

    /// <summary>The configuration the <see cref="TextVector"/> was built with (e.g. <c>simple</c>); queries parse with it too.</summary>
    public string TextConfiguration { get; }

    /// <summary>The columns a <see cref="SearchScope"/> gives values for, in order.</summary>
    public IReadOnlyList<string> Scope { get; }

    /// <summary>
    /// Optional: a set-returning function <c>(text, limit, scope values…)</c> → keys, best first, that runs the keyword
    /// query as its owner (<c>SECURITY DEFINER</c>) and filters by the organization the transaction set. Row-level
    /// security keeps PostgreSQL off the GIN index for <c>@@</c> (not leakproof); the function lets an owner that
    /// bypasses it use the index. Without one, the keyword query runs as the caller. See docs/modules.md.
    /// </summary>
    public string? KeywordFunction
    {
        get;
        init => field = value is null || Identifier().IsMatch(value) ? value : throw new ArgumentException($"'{value}' is not a plain SQL identifier (schema.function).", nameof(value));
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}(\\.[a-z_][a-z0-9_]{0,62})?$")]
    private static partial Regex Identifier();
}

/// <summary>The values of a table's <see cref="SearchTable.Scope"/> columns, in the same order (e.g. organization, project).</summary>
public sealed record SearchScope(params object[] Values);
