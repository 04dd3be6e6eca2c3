using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Meetinity.Profile.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "profile");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "profiles",
                schema: "profile",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    industry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    experience_years = table.Column<int>(type: "integer", nullable: true),
                    skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    skill_keys = table.Column<List<string>>(type: "text[]", nullable: false),
                    skills_text = table.Column<string>(type: "text", nullable: false),
                    interests = table.Column<List<string>>(type: "text[]", nullable: false),
                    bio = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    links = table.Column<string>(type: "jsonb", nullable: false),
                    photo_blob = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    provider_photo_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    suspended = table.Column<bool>(type: "boolean", nullable: false),
                    preferences_language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    preferences_timezone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    preferences_notify_connection_requests = table.Column<bool>(type: "boolean", nullable: false),
                    preferences_notify_product = table.Column<bool>(type: "boolean", nullable: false),
                    preferences_visibility = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    preferences_show_email = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profiles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "connections",
                schema: "profile",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requester_id = table.Column<Guid>(type: "uuid", nullable: false),
                    addressee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_connections", x => x.id);
                    table.CheckConstraint("ck_connections_not_self", "requester_id <> addressee_id");
                    table.ForeignKey(
                        name: "fk_connections_profiles_addressee_id",
                        column: x => x.addressee_id,
                        principalSchema: "profile",
                        principalTable: "profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_connections_profiles_requester_id",
                        column: x => x.requester_id,
                        principalSchema: "profile",
                        principalTable: "profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_connections_addressee_id_status",
                schema: "profile",
                table: "connections",
                columns: new[] { "addressee_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_connections_requester_id_status",
                schema: "profile",
                table: "connections",
                columns: new[] { "requester_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_profiles_created_at",
                schema: "profile",
                table: "profiles",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_profiles_experience_years",
                schema: "profile",
                table: "profiles",
                column: "experience_years");

            migrationBuilder.CreateIndex(
                name: "ix_profiles_skill_keys",
                schema: "profile",
                table: "profiles",
                column: "skill_keys")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_profiles_updated_at",
                schema: "profile",
                table: "profiles",
                column: "updated_at");

            // Search: weighted full text (name and skills first) and a trigram document for typos and prefixes.
            migrationBuilder.Sql(ProfileSearchSchema.CreateSearchColumns);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "connections",
                schema: "profile");

            migrationBuilder.DropTable(
                name: "profiles",
                schema: "profile");
        }
    }
}
