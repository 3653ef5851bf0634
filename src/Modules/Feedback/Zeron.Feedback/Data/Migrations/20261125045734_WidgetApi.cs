using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Feedback.Data.Migrations
{
    /// <inheritdoc />
    public partial class WidgetApi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Conversation tokens are derived from the conversation id (HMAC with a key from the app secret), so
            // nothing about them is stored; an idempotent replay can still hand out the same token.
            migrationBuilder.DropColumn(
                name: "conversation_token_hash",
                schema: "feedback",
                table: "feedback_items");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "conversation_token_hash",
                schema: "feedback",
                table: "feedback_items",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);
        }
    }
}
