using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Feedback.Data.Migrations
{
    /// <summary>
    /// The keyword half of the search as a function owned by the migrations role (ADR 27). Under row-level security
    /// PostgreSQL will not use the GIN index for <c>@@</c> (not a leakproof operator), so the runtime role's query read
    /// every row of the project. The function filters by the organization the transaction set itself, exactly as the
    /// policy does, and when its owner bypasses row-level security (a superuser, as <c>./zeron up</c> makes it) it
    /// can use the index; when it does not, the policy still applies and only the speed is lost.
    /// </summary>
    public partial class KeywordSearchFunction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION feedback.feedback_items_by_words(p_text text, p_limit integer, p_organization_id uuid, p_project_id uuid)
                RETURNS TABLE (id uuid)
                LANGUAGE sql STABLE SECURITY DEFINER
                SET search_path = pg_catalog, pg_temp
                AS $$
                  SELECT f.id
                  FROM feedback.feedback_items f, websearch_to_tsquery('simple'::regconfig, p_text) query
                  WHERE f.organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid
                    AND f.organization_id = p_organization_id AND f.project_id = p_project_id
                    AND f.search_vector @@ query
                  ORDER BY ts_rank_cd(f.search_vector, query) DESC, f.id
                  LIMIT p_limit
                $$;
                REVOKE ALL ON FUNCTION feedback.feedback_items_by_words(text, integer, uuid, uuid) FROM PUBLIC;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION feedback.feedback_items_by_words(text, integer, uuid, uuid);");
        }
    }
}
