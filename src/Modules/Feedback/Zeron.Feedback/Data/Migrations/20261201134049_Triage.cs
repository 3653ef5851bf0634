using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zeron.Feedback.Data.Migrations
{
    /// <inheritdoc />
    public partial class Triage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "triage_category",
                schema: "feedback",
                table: "feedback_items",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "triage_language",
                schema: "feedback",
                table: "feedback_items",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "triage_model",
                schema: "feedback",
                table: "feedback_items",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "triage_priority",
                schema: "feedback",
                table: "feedback_items",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "triage_sentiment",
                schema: "feedback",
                table: "feedback_items",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "triage_title",
                schema: "feedback",
                table: "feedback_items",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "triaged_at",
                schema: "feedback",
                table: "feedback_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_feedback_items_triage_sentiment",
                schema: "feedback",
                table: "feedback_items",
                sql: "triage_sentiment BETWEEN -1 AND 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_feedback_items_triage_sentiment",
                schema: "feedback",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "triage_category",
                schema: "feedback",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "triage_language",
                schema: "feedback",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "triage_model",
                schema: "feedback",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "triage_priority",
                schema: "feedback",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "triage_sentiment",
                schema: "feedback",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "triage_title",
                schema: "feedback",
                table: "feedback_items");

            migrationBuilder.DropColumn(
                name: "triaged_at",
                schema: "feedback",
                table: "feedback_items");
        }
    }
}
