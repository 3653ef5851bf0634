using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Integrations.Data.Migrations
{
    /// <inheritdoc />
    public partial class Connections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "connections",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    base_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    protected_secret = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_connections", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_connections_organization_id_kind_updated_at",
                schema: "integrations",
                table: "connections",
                columns: new[] { "organization_id", "kind", "updated_at" });

            // Names unique per organization ignoring case (EF's model cannot express an index on lower(name)), and
            // row-level security as for the other tenant tables (see AiLedger).
            migrationBuilder.Sql(
                """
                CREATE UNIQUE INDEX ux_connections_organization_id_lower_name ON integrations.connections (organization_id, lower(name));

                ALTER TABLE integrations.connections ENABLE ROW LEVEL SECURITY;
                ALTER TABLE integrations.connections FORCE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON integrations.connections
                    USING (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid)
                    WITH CHECK (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "connections",
                schema: "integrations");
        }
    }
}
