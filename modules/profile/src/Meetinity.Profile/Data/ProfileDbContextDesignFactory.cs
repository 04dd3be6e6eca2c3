using Meetinity.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Meetinity.Profile.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host.</summary>
internal sealed class ProfileDbContextDesignFactory : IDesignTimeDbContextFactory<ProfileDbContext>
{
    public ProfileDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<ProfileDbContext>(ProfileDbContext.Schema));
}
