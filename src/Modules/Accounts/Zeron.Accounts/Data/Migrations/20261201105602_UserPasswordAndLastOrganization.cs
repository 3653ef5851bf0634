using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Accounts.Data.Migrations
{
    /// <inheritdoc />
    public partial class UserPasswordAndLastOrganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "last_organization_id",
                schema: "accounts",
                table: "users",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "must_change_password",
                schema: "accounts",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_users_last_organization_id",
                schema: "accounts",
                table: "users",
                column: "last_organization_id");

            migrationBuilder.AddForeignKey(
                name: "fk_users_organizations_last_organization_id",
                schema: "accounts",
                table: "users",
                column: "last_organization_id",
                principalSchema: "accounts",
                principalTable: "organizations",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_users_organizations_last_organization_id",
                schema: "accounts",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_users_last_organization_id",
                schema: "accounts",
                table: "users");

            migrationBuilder.DropColumn(
                name: "last_organization_id",
                schema: "accounts",
                table: "users");

            migrationBuilder.DropColumn(
                name: "must_change_password",
                schema: "accounts",
                table: "users");
        }
    }
}
