using Meetinity.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Meetinity.Identity.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host.</summary>
internal sealed class AccountsDbContextDesignFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<AccountsDbContext>(AccountsDbContext.Schema));
}
