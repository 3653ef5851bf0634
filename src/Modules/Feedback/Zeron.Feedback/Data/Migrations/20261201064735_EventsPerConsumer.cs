using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Feedback.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventsPerConsumer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_occurred_at",
                schema: "feedback",
                table: "inbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            // Stored events get stable names instead of assembly-qualified type names (ADR 13).
            migrationBuilder.Sql("UPDATE feedback.outbox_messages SET type = 'feedback.feedback_received' WHERE type = 'Zeron.Feedback.Contracts.Items.FeedbackReceived, Zeron.Feedback.Contracts'");
            migrationBuilder.Sql("UPDATE feedback.outbox_messages SET type = 'feedback.status_changed' WHERE type = 'Zeron.Feedback.Contracts.Items.FeedbackStatusChanged, Zeron.Feedback.Contracts'");
            migrationBuilder.Sql("UPDATE feedback.outbox_messages SET type = 'feedback.message_added' WHERE type = 'Zeron.Feedback.Contracts.Items.FeedbackMessageAdded, Zeron.Feedback.Contracts'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE feedback.outbox_messages SET type = 'Zeron.Feedback.Contracts.Items.FeedbackReceived, Zeron.Feedback.Contracts' WHERE type = 'feedback.feedback_received'");
            migrationBuilder.Sql("UPDATE feedback.outbox_messages SET type = 'Zeron.Feedback.Contracts.Items.FeedbackStatusChanged, Zeron.Feedback.Contracts' WHERE type = 'feedback.status_changed'");
            migrationBuilder.Sql("UPDATE feedback.outbox_messages SET type = 'Zeron.Feedback.Contracts.Items.FeedbackMessageAdded, Zeron.Feedback.Contracts' WHERE type = 'feedback.message_added'");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "feedback");
        }
    }
}
