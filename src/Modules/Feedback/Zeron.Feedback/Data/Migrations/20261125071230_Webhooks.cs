using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Feedback.Data.Migrations
{
    /// <inheritdoc />
    public partial class Webhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "webhooks",
                schema: "feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    events = table.Column<List<string>>(type: "text[]", nullable: false),
                    protected_secret = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhooks", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhooks_projects_project_id",
                        column: x => x.project_id,
                        principalSchema: "feedback",
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                schema: "feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    webhook_id = table.Column<Guid>(type: "uuid", nullable: false),
                    feedback_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_status_code = table.Column<int>(type: "integer", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_deliveries_feedback_items_feedback_item_id",
                        column: x => x.feedback_item_id,
                        principalSchema: "feedback",
                        principalTable: "feedback_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_webhook_deliveries_webhooks_webhook_id",
                        column: x => x.webhook_id,
                        principalSchema: "feedback",
                        principalTable: "webhooks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_feedback_item_id",
                schema: "feedback",
                table: "webhook_deliveries",
                column: "feedback_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_webhook_id_created_at",
                schema: "feedback",
                table: "webhook_deliveries",
                columns: new[] { "webhook_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_webhook_id_event_id",
                schema: "feedback",
                table: "webhook_deliveries",
                columns: new[] { "webhook_id", "event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhooks_organization_id_project_id",
                schema: "feedback",
                table: "webhooks",
                columns: new[] { "organization_id", "project_id" });

            migrationBuilder.CreateIndex(
                name: "ix_webhooks_project_id",
                schema: "feedback",
                table: "webhooks",
                column: "project_id");

            // Row-level security, as for the other tenant tables (see ProjectsAndFeedback).
            migrationBuilder.Sql(
                """
                ALTER TABLE feedback.webhooks ENABLE ROW LEVEL SECURITY;
                ALTER TABLE feedback.webhooks FORCE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON feedback.webhooks
                    USING (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid)
                    WITH CHECK (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid);

                ALTER TABLE feedback.webhook_deliveries ENABLE ROW LEVEL SECURITY;
                ALTER TABLE feedback.webhook_deliveries FORCE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON feedback.webhook_deliveries
                    USING (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid)
                    WITH CHECK (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "webhook_deliveries",
                schema: "feedback");

            migrationBuilder.DropTable(
                name: "webhooks",
                schema: "feedback");
        }
    }
}
