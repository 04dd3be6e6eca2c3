using Meetinity.HttpApi.Host.Configuration;
using Meetinity.HttpApi.Host.Database;
using Meetinity.HttpApi.Host.Health;
using Meetinity.HttpApi.Host.Logging;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;

namespace Meetinity.HttpApi.Host;

/// <summary>What the host adds around the modules: configuration, limits, CORS, proxies, logging, health and API docs.</summary>
internal static class MeetinityHost
{
    public const long MaxRequestBodyBytes = 1024 * 1024;
    private const string CorsPolicy = "frontend";

    public static WebApplicationBuilder AddMeetinityHost(this WebApplicationBuilder builder)
    {
        AddSeedVariables(builder);
        var settings = HostSettings.Load(builder.Configuration);
        builder.Services.AddSingleton(settings);
        DatabaseConfiguration.Apply(builder, settings);
        ConfigureServer(builder, settings);
        ConfigureLogging(builder);
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => ConfigureCors(policy, settings)));
        builder.Services.Configure<ForwardedHeadersOptions>(options => ConfigureProxies(options, settings));
        builder.Services.AddMeetinityHealthChecks();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Meetinity User Service";
            document.Info.Description = "Authentication and professional profiles of Meetinity.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication UseMeetinityHost(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors(CorsPolicy);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapMeetinityHealthChecks();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("Meetinity User Service API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }

    private static void AddSeedVariables(WebApplicationBuilder builder)
    {
        var dotEnv = builder.Environment.IsDevelopment() ? Path.Combine(Directory.GetCurrentDirectory(), ".env") : null;
        var sources = builder.Configuration.Sources;
        var commandLine = sources.ToList().FindIndex(s => s is Microsoft.Extensions.Configuration.CommandLine.CommandLineConfigurationSource);
        var source = new SeedVariablesConfigurationSource(dotEnv);
        if (commandLine < 0)
        {
            sources.Add(source);
        }
        else
        {
            sources.Insert(commandLine, source);
        }
    }

    private static void ConfigureServer(WebApplicationBuilder builder, HostSettings settings)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls($"http://0.0.0.0:{settings.Port}");
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 64;
        });
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = MaxRequestBodyBytes);
    }

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        // The hosting diagnostics log full URLs, query strings included: our middleware logs requests instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(json => json.UseUtcTimestamp = true);
        }
    }

    private static void ConfigureCors(Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder policy, HostSettings settings)
    {
        if (settings.CorsOrigins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins([.. settings.CorsOrigins]);
        }

        policy.AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Location", "Retry-After");
    }

    private static void ConfigureProxies(ForwardedHeadersOptions options, HostSettings settings)
    {
        // With empty known lists the middleware believes every sender, so no proxy means no forwarding at all.
        options.ForwardedHeaders = settings.TrustedProxies.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var network in settings.TrustedProxies)
        {
            options.KnownIPNetworks.Add(network);
        }
    }
}
