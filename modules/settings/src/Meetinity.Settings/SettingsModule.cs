using Meetinity.Core.Data;
using Meetinity.Core.Outbox;
using Meetinity.Settings.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Meetinity.Settings;

/// <summary>The settings module.</summary>
public static class SettingsModule
{
    public static WebApplicationBuilder AddSettingsModule(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddModuleDbContext<SettingsDbContext>(SettingsDbContext.Schema);
        services.AddSingleton(new SettingsModuleOptions(TimeSpan.FromMilliseconds(
            builder.Configuration.GetValue("Settings:RefreshMilliseconds", 1000))));
        services.AddDataProtection().SetApplicationName("meetinity-user-service").PersistKeysToDbContext<SettingsDbContext>();
        services.AddSingleton<SettingSecrets>();
        services.AddSingleton<SettingDefinitions>();
        services.AddSingleton<SettingValueCache>();
        services.AddSingleton<SettingProvider>();
        services.AddSingleton<ISettingProvider>(provider => provider.GetRequiredService<SettingProvider>());
        services.AddHostedService<SettingsRefresher>();
        services.AddHostedService<ConfiguredValuesCheck>();
        services.AddOutboxRelay<SettingsDbContext>();
        return builder;
    }

    /// <summary>A configured value that its definition refuses stops start-up, naming the setting and its key.</summary>
    private sealed class ConfiguredValuesCheck(SettingDefinitions definitions, IConfiguration configuration) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var errors = definitions.All
                .Where(d => d.ConfigurationKey is not null && !string.IsNullOrEmpty(configuration[d.ConfigurationKey]))
                .Select(d => d.Validate(configuration[d.ConfigurationKey!]!) is { } reason ? $"- {d.ConfigurationKey}: {reason}" : null)
                .OfType<string>()
                .ToList();
            return errors.Count == 0
                ? Task.CompletedTask
                : throw new InvalidOperationException("Invalid configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
