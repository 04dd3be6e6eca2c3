using Meetinity.AuditLogging.Data;
using Meetinity.AuditLogging.Recording;
using Meetinity.Core.Data;
using Meetinity.Core.Outbox;
using Meetinity.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Meetinity.AuditLogging;

/// <summary>The audit-logging module.</summary>
public static class AuditLoggingModule
{
    public const int DefaultRetentionDays = 365;

    public static WebApplicationBuilder AddAuditLoggingModule(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddModuleDbContext<AuditDbContext>(AuditDbContext.Schema);
        services.AddScoped<IAuditLog, AuditLogStore>();
        services.AddScoped<IOutboxHandler, AuditOutboxHandler>();
        services.AddSingleton<IInterceptor, EntityChangeInterceptor>();
        services.Configure<MvcOptions>(options => options.Filters.Add<AuditActionFilter>());
        services.AddSingleton<AuditQueue>();
        services.AddHostedService<AuditQueueWriter>();
        services.AddSingleton<ISettingDefinitionProvider, AuditSettingDefinitions>();
        services.AddSingleton(provider => new AuditRetentionPeriod(() =>
            provider.GetRequiredService<ISettingProvider>().GetInt(AuditSettingNames.RetentionDays)));
        services.AddSingleton<AuditRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditRetention>());
        // Outermost, so the record sees the final status of every request, errors and rejections included.
        services.AddSingleton<IStartupFilter, RequestAuditStartupFilter>();
        return builder;
    }

    private sealed class RequestAuditStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<RequestAuditMiddleware>();
            next(app);
        };
    }
}
