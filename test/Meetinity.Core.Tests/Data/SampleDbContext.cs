using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Meetinity.Core.Tests.Data;

public sealed class SampleNote
{
    public Guid Id { get; set; }

    public string Text { get; set; } = string.Empty;
}

/// <summary>A module's context in miniature, with one hand-written migration.</summary>
public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : DbContext(options)
{
    public const string Schema = "sample";

    public DbSet<SampleNote> Notes => Set<SampleNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.HasDefaultSchema(Schema).Entity<SampleNote>().ToTable("notes");
}

[DbContext(typeof(SampleDbContext))]
[Migration("20261125000000_CreateNotes")]
public sealed class CreateNotes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(SampleDbContext.Schema);
        migrationBuilder.CreateTable(
            name: "notes",
            schema: SampleDbContext.Schema,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                text = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_notes", x => x.id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "notes", schema: SampleDbContext.Schema);
}
