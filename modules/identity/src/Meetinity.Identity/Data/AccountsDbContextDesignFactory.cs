using Meetinity.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Meetinity.Identity.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host or a database.</summary>
internal sealed class AccountsDbContextDesignFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<AccountsDbContext>()
        .UseNpgsql("Host=localhost", npgsql => npgsql.MigrationsHistoryTable(ModuleDatabase.HistoryTable, AccountsDbContext.Schema))
        .UseSnakeCaseNamingConvention()
        .Options);
}
