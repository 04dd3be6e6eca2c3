using Meetinity.AuditLogging.Data;
using Meetinity.AuditLogging.Recording;
using Meetinity.Core.Data;
using Meetinity.Core.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Meetinity.AuditLogging;

/// <summary>The audit-logging module.</summary>
public static class AuditLoggingModule
{
    public const int DefaultRetentionDays = 365;

    public static WebApplicationBuilder AddAuditLoggingModule(this WebApplicationBuilder builder, Func<IServiceProvider, AuditRetentionPeriod>? retention = null)
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
        services.AddSingleton(retention ?? (provider => new AuditRetentionPeriod(() =>
            provider.GetRequiredService<IConfiguration>().GetValue("AuditLogging:RetentionDays", DefaultRetentionDays))));
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
