using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Zeron.Integrations.Data.Migrations
{
    /// <inheritdoc />
    public partial class AiLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ai_budgets",
                schema: "integrations",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    monthly_usd = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ai_budgets", x => x.organization_id);
                });

            migrationBuilder.CreateTable(
                name: "ai_usage",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    feature = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    input_tokens = table.Column<long>(type: "bigint", nullable: false),
                    cache_write5m_tokens = table.Column<long>(type: "bigint", nullable: false),
                    cache_write1h_tokens = table.Column<long>(type: "bigint", nullable: false),
                    cache_read_tokens = table.Column<long>(type: "bigint", nullable: false),
                    output_tokens = table.Column<long>(type: "bigint", nullable: false),
                    reserved_usd = table.Column<decimal>(type: "numeric(14,8)", precision: 14, scale: 8, nullable: false),
                    cost_usd = table.Column<decimal>(type: "numeric(14,8)", precision: 14, scale: 8, nullable: false),
                    latency_ms = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    fallback = table.Column<bool>(type: "boolean", nullable: false),
                    error = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    settled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ai_usage", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "llm_prices",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    input_per_million = table.Column<decimal>(type: "numeric(12,6)", precision: 12, scale: 6, nullable: false),
                    output_per_million = table.Column<decimal>(type: "numeric(12,6)", precision: 12, scale: 6, nullable: false),
                    cache_write5m_per_million = table.Column<decimal>(type: "numeric(12,6)", precision: 12, scale: 6, nullable: false),
                    cache_write1h_per_million = table.Column<decimal>(type: "numeric(12,6)", precision: 12, scale: 6, nullable: false),
                    cache_read_per_million = table.Column<decimal>(type: "numeric(12,6)", precision: 12, scale: 6, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_llm_prices", x => x.id);
                });

            migrationBuilder.InsertData(
                schema: "integrations",
                table: "llm_prices",
                columns: new[] { "id", "cache_read_per_million", "cache_write1h_per_million", "cache_write5m_per_million", "effective_from", "input_per_million", "model", "output_per_million", "provider", "updated_at" },
                values: new object[,]
                {
                    { new Guid("0199d0c0-0000-7000-8000-000000000001"), 0.3m, 6m, 3.75m, new DateOnly(2025, 11, 1), 3m, "claude-sonnet-4-5", 15m, "anthropic", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0199d0c0-0000-7000-8000-000000000002"), 0.1m, 2m, 1.25m, new DateOnly(2025, 11, 1), 1m, "claude-haiku-4-5", 5m, "anthropic", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0199d0c0-0000-7000-8000-000000000003"), 0.5m, 10m, 6.25m, new DateOnly(2025, 11, 1), 5m, "claude-opus-4-5", 25m, "anthropic", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0199d0c0-0000-7000-8000-000000000011"), 0.125m, 0m, 0m, new DateOnly(2025, 11, 1), 1.25m, "gpt-5", 10m, "openai", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0199d0c0-0000-7000-8000-000000000012"), 0.025m, 0m, 0m, new DateOnly(2025, 11, 1), 0.25m, "gpt-5-mini", 2m, "openai", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0199d0c0-0000-7000-8000-000000000013"), 0.10m, 0m, 0m, new DateOnly(2025, 11, 1), 0.40m, "gpt-4.1-mini", 1.60m, "openai", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0199d0c0-0000-7000-8000-000000000014"), 0m, 0m, 0m, new DateOnly(2025, 11, 1), 0.02m, "text-embedding-3-small", 0m, "openai", new DateTimeOffset(new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.CreateIndex(
                name: "ix_ai_usage_organization_id_created_at",
                schema: "integrations",
                table: "ai_usage",
                columns: new[] { "organization_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_llm_prices_provider_model_effective_from",
                schema: "integrations",
                table: "llm_prices",
                columns: new[] { "provider", "model", "effective_from" },
                unique: true);

            // Row-level security, as for the other tenant tables (see Feedback's ProjectsAndFeedback); prices are instance-wide.
            migrationBuilder.Sql(
                """
                ALTER TABLE integrations.ai_usage ENABLE ROW LEVEL SECURITY;
                ALTER TABLE integrations.ai_usage FORCE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON integrations.ai_usage
                    USING (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid)
                    WITH CHECK (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid);

                ALTER TABLE integrations.ai_budgets ENABLE ROW LEVEL SECURITY;
                ALTER TABLE integrations.ai_budgets FORCE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON integrations.ai_budgets
                    USING (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid)
                    WITH CHECK (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ai_budgets",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "ai_usage",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "llm_prices",
                schema: "integrations");
        }
    }
}
