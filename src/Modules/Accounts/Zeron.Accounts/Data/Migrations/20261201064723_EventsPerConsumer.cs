using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Accounts.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventsPerConsumer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "accounts",
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
                schema: "accounts",
                table: "inbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            // Stored events get stable names instead of assembly-qualified type names (ADR 13).
            migrationBuilder.Sql("UPDATE accounts.outbox_messages SET type = 'accounts.organization_created' WHERE type = 'Zeron.Accounts.Contracts.Organizations.OrganizationCreated, Zeron.Accounts.Contracts'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE accounts.outbox_messages SET type = 'Zeron.Accounts.Contracts.Organizations.OrganizationCreated, Zeron.Accounts.Contracts' WHERE type = 'accounts.organization_created'");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "accounts");
        }
    }
}
