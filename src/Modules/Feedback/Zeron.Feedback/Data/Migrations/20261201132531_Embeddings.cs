using Microsoft.EntityFrameworkCore.Migrations;
using Pgvector;

#nullable disable

namespace Zeron.Feedback.Data.Migrations
{
    /// <inheritdoc />
    public partial class Embeddings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Vector>(
                name: "embedding",
                schema: "feedback",
                table: "feedback_items",
                type: "vector(384)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "embedding_model",
                schema: "feedback",
                table: "feedback_items",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_embedding",
                schema: "feedback",
                table: "feedback_items",
                column: "embedding")
                .Annotation("Npgsql:IndexMethod", "hnsw")
                .Annotation("Npgsql:IndexOperators", new[] { "vector_cosine_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_project_id_embedding_model",
                schema: "feedback",
                table: "feedback_items",
                columns: new[] { "project_id", "embedding_model" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_feedback_items_embedding",
                schema: "feedback",
                table: "feedback_items");

            migrationBuilder.DropIndex(
                name: "ix_feedback_items_project_id_embedding_model",
                schema: "feedback",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "embedding",
                schema: "feedback",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "embedding_model",
                schema: "feedback",
                table: "feedback_items");
        }
    }
}
