using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Feedback.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmbeddedProbeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_organization_id_project_id_embedding_model",
                schema: "feedback",
                table: "feedback_items",
                columns: new[] { "organization_id", "project_id", "embedding_model" },
                filter: "embedding IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "conversation_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_feedback_items_organization_id_project_id_embedding_model",
                schema: "feedback",
                table: "feedback_items");
        }
    }
}
