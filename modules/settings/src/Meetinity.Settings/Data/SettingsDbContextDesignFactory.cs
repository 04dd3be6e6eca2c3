using Meetinity.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Meetinity.Settings.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host.</summary>
internal sealed class SettingsDbContextDesignFactory : IDesignTimeDbContextFactory<SettingsDbContext>
{
    public SettingsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<SettingsDbContext>(SettingsDbContext.Schema));
}
