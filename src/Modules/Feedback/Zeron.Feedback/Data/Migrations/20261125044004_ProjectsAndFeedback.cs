using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Zeron.Feedback.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProjectsAndFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "projects",
                schema: "feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    public_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    allowed_origins = table.Column<List<string>>(type: "text[]", nullable: false),
                    categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    widget = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_projects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "feedback_items",
                schema: "feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    message = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submitter_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    anonymous_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    page_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    user_agent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    metadata = table.Column<string>(type: "jsonb", nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    conversation_token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    duplicate_of_id = table.Column<Guid>(type: "uuid", nullable: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                        .Annotation("Npgsql:TsVectorConfig", "simple")
                        .Annotation("Npgsql:TsVectorProperties", new[] { "message" }),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_feedback_items_feedback_items_duplicate_of_id",
                        column: x => x.duplicate_of_id,
                        principalSchema: "feedback",
                        principalTable: "feedback_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_feedback_items_projects_project_id",
                        column: x => x.project_id,
                        principalSchema: "feedback",
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conversation_messages",
                schema: "feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    feedback_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    author_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    body = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_conversation_messages_feedback_items_feedback_item_id",
                        column: x => x.feedback_item_id,
                        principalSchema: "feedback",
                        principalTable: "feedback_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_conversation_messages_feedback_item_id_created_at",
                schema: "feedback",
                table: "conversation_messages",
                columns: new[] { "feedback_item_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_conversation_id",
                schema: "feedback",
                table: "feedback_items",
                column: "conversation_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_duplicate_of_id",
                schema: "feedback",
                table: "feedback_items",
                column: "duplicate_of_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_organization_id_project_id_created_at_id",
                schema: "feedback",
                table: "feedback_items",
                columns: new[] { "organization_id", "project_id", "created_at", "id" },
                descending: new[] { false, false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_organization_id_submitter_email",
                schema: "feedback",
                table: "feedback_items",
                columns: new[] { "organization_id", "submitter_email" });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_project_id_client_id",
                schema: "feedback",
                table: "feedback_items",
                columns: new[] { "project_id", "client_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_search_vector",
                schema: "feedback",
                table: "feedback_items",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_projects_organization_id",
                schema: "feedback",
                table: "projects",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_projects_public_key",
                schema: "feedback",
                table: "projects",
                column: "public_key",
                unique: true);
        

            // Row-level security: the app's role sees and writes only the rows of the organization set for the
            // current transaction (zeron.organization_id). FORCE makes it bind the table owner too.
            // Two read-only doors without a tenant: the widget finds its project by the public key it presents
            // (zeron.project_key) and a submitter reads their conversation by its id (zeron.conversation_id);
            // the handlers then verify the key or token and continue inside the tenant.
            migrationBuilder.Sql(
                """
                ALTER TABLE feedback.projects ENABLE ROW LEVEL SECURITY;
                ALTER TABLE feedback.projects FORCE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON feedback.projects
                    USING (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid)
                    WITH CHECK (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid);
                CREATE POLICY widget_key_lookup ON feedback.projects FOR SELECT
                    USING (public_key = NULLIF(current_setting('zeron.project_key', true), ''));

                ALTER TABLE feedback.feedback_items ENABLE ROW LEVEL SECURITY;
                ALTER TABLE feedback.feedback_items FORCE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON feedback.feedback_items
                    USING (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid)
                    WITH CHECK (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid);
                CREATE POLICY conversation_lookup ON feedback.feedback_items FOR SELECT
                    USING (conversation_id = NULLIF(current_setting('zeron.conversation_id', true), '')::uuid);

                ALTER TABLE feedback.conversation_messages ENABLE ROW LEVEL SECURITY;
                ALTER TABLE feedback.conversation_messages FORCE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON feedback.conversation_messages
                    USING (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid)
                    WITH CHECK (organization_id = NULLIF(current_setting('zeron.organization_id', true), '')::uuid);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversation_messages",
                schema: "feedback");

            migrationBuilder.DropTable(
                name: "feedback_items",
                schema: "feedback");

            migrationBuilder.DropTable(
                name: "projects",
                schema: "feedback");
        }
    }
}
