using Meetinity.Core.ApplicationServices;
using Meetinity.Core.Blobs;
using Meetinity.Core.Caching;
using Meetinity.Core.Data;
using Meetinity.Core.Errors;
using Meetinity.Core.Json;
using Meetinity.Core.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using StackExchange.Redis;

namespace Meetinity.Core;

/// <summary>The core module: what every other module builds on.</summary>
public static class CoreModule
{
    public static WebApplicationBuilder AddCoreModule(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpContextCurrentUser>();
        services.AddAuthentication();
        services.AddAuthorization();
        services.AddRateLimiter(options => options.OnRejected = RateLimitRejection.WriteAsync);
        AddApplicationServices(services);
        AddProblemDetails(services);
        AddStorage(builder);
        return builder;
    }

    public static IEndpointRouteBuilder MapCoreModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapControllers();
        UploadsEndpoint.Map(endpoints);
        return endpoints;
    }

    private static void AddApplicationServices(IServiceCollection services)
    {
        services.AddControllers(options =>
            {
                options.Conventions.Add(new ApplicationServiceConvention());
                options.Filters.Add<ModelStateValidationFilter>();
                options.Filters.Add<NoContentForVoidFilter>();
                options.ModelMetadataDetailsProviders.Add(new SnakeCaseBindingMetadataProvider());
                options.ModelMetadataDetailsProviders.Add(
                    new Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.SystemTextJsonValidationMetadataProvider(System.Text.Json.JsonNamingPolicy.SnakeCaseLower));
            })
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Add(new ApplicationServiceControllerFeatureProvider()))
            .AddJsonOptions(options =>
            {
                MeetinityJson.Configure(options.JsonSerializerOptions);
                options.AllowInputFormatterExceptionMessages = false;
            });
        services.Configure<ApiBehaviorOptions>(options => options.SuppressModelStateInvalidFilter = true);
        services.ConfigureHttpJsonOptions(options => MeetinityJson.Configure(options.SerializerOptions));
    }

    private static void AddProblemDetails(IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsConventions.Apply);
        services.AddExceptionHandler<ApiExceptionHandler>();
    }

    private static void AddStorage(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(
                configuration.GetConnectionString(ConfigurationKeys.ConnectionStringName)
                ?? throw new InvalidOperationException("No database is configured: set DATABASE_URL."))
            .Build());
        services.AddSingleton<DatabaseMigrator>();

        var redisUrl = configuration[ConfigurationKeys.RedisUrl];
        if (!string.IsNullOrWhiteSpace(redisUrl))
        {
            var redis = RedisConnectionString.Parse(redisUrl);
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
        }

        var uploads = configuration[ConfigurationKeys.UploadFolder] ?? ConfigurationKeys.DefaultUploadFolder;
        services.AddSingleton<IBlobContainer>(_ =>
            new FileSystemBlobContainer(Path.Combine(builder.Environment.ContentRootPath, uploads)));
    }
}
