using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Feedback.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaleItemsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_organization_id_project_id_id",
                schema: "feedback",
                table: "feedback_items",
                columns: new[] { "organization_id", "project_id", "id" },
                filter: "embedding IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_feedback_items_organization_id_project_id_id",
                schema: "feedback",
                table: "feedback_items");
        }
    }
}
