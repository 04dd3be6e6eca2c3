using Meetinity.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Meetinity.AuditLogging.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host.</summary>
internal sealed class AuditDbContextDesignFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<AuditDbContext>(AuditDbContext.Schema));
}
