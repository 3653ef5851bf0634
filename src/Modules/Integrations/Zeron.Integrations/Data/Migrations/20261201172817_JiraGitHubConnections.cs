using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Integrations.Data.Migrations
{
    /// <inheritdoc />
    public partial class JiraGitHubConnections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "email",
                schema: "integrations",
                table: "connections",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "email",
                schema: "integrations",
                table: "connections");
        }
    }
}
