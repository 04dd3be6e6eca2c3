using System.Security.Claims;
using System.Threading.RateLimiting;
using Meetinity.Core.Data;
using Meetinity.Core.Outbox;
using Meetinity.Identity.Accounts;
using Meetinity.Identity.Data;
using Meetinity.Identity.External;
using Meetinity.Identity.Security;
using Meetinity.Identity.Sessions;
using Meetinity.Identity.Tokens;
using Meetinity.Settings;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Google;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Meetinity.Identity;

/// <summary>The Identity module: accounts, external sign-in, tokens, sessions and the security log.</summary>
public static class IdentityModule
{
    public const string AuthRateLimitPolicy = "identity-auth";

    public static WebApplicationBuilder AddIdentityModule(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var jwt = JwtSettings.Load(builder.Configuration);
        var external = ExternalSignInSettings.Load(builder.Configuration);
        services.AddSingleton(jwt);
        services.AddSingleton(SigningKeyRing.Create(jwt, allowGeneratedSecret: builder.Environment.IsDevelopment()));
        services.AddSingleton(external);
        services.AddSingleton<AccessTokens>();
        services.AddModuleDbContext<AccountsDbContext>(AccountsDbContext.Schema);
        services.AddIdentityCore<Account>(options => options.User.RequireUniqueEmail = false)
            .AddEntityFrameworkStores<AccountsDbContext>();
        services.AddScoped<SecurityLog>();
        services.AddScoped<SessionStore>();
        services.AddScoped<AccountReader>();
        services.AddScoped<IAccountDirectory, AccountDirectory>();
        services.AddSingleton<LocalAccounts.PasswordPolicy>();
        services.AddScoped<LocalAccounts.OneTimeTokens>();
        services.AddScoped<LocalAccounts.AccountMails>();
        services.AddScoped<Meetinity.Core.Outbox.IOutboxHandler, LocalAccounts.PasswordResetRequests>();
        services.AddScoped<Mail.MailQueue>();
        services.AddScoped<Mail.MailTransport>();
        services.AddSingleton<Mail.MailDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<Mail.MailDispatcher>());
        services.AddSingleton<IInterceptor, AccountChangeInterceptor>();
        services.AddScoped<ExternalAccountResolver>();
        services.AddScoped<SignInCompletion>();
        services.AddScoped<IAccountDeletion, AccountDeletion>();
        services.AddMemoryCache();
        services.AddSingleton<LiveSessionCheck>();
        services.AddOutboxRelay<AccountsDbContext>();
        services.AddSingleton<ISettingDefinitionProvider, IdentitySettingDefinitions>();

        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options => options.MapInboundClaims = false);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<AccessTokens, LiveSessionCheck>((options, tokens, sessions) =>
            {
                options.TokenValidationParameters = tokens.ValidationParameters;
                options.Events = new JwtBearerEvents { OnTokenValidated = sessions.ValidateAsync };
            });
        AddProviders(authentication, services, external);
        AddRateLimits(services);
        return builder;
    }

    private static void AddProviders(AuthenticationBuilder authentication, IServiceCollection services, ExternalSignInSettings settings)
    {
        if (settings.Providers.TryGetValue(ExternalProviders.Google, out var google))
        {
            authentication.AddOAuth<GoogleOptions, GoogleClientHandler>(ExternalProviders.Google, options =>
            {
                Configure(options, ExternalProviders.Google, google);
                options.ClaimActions.MapJsonKey(ClaimTypes.NameIdentifier, "sub");
                MapCommonClaims(options);
                options.ClaimActions.MapJsonKey(ExternalIdentity.HostedDomainClaim, ExternalIdentity.HostedDomainClaim);
            });
            services.AddOptions<GoogleOptions>(ExternalProviders.Google)
                .Configure<IHttpContextAccessor>((options, accessor) => options.StateDataFormat = new ClientBoundStateFormat(accessor));
        }

        if (settings.Providers.TryGetValue(ExternalProviders.LinkedIn, out var linkedIn))
        {
            authentication.AddOAuth<OAuthOptions, LinkedInClientHandler>(ExternalProviders.LinkedIn, options =>
            {
                options.AuthorizationEndpoint = "https://www.linkedin.com/oauth/v2/authorization";
                options.TokenEndpoint = "https://www.linkedin.com/oauth/v2/accessToken";
                options.UserInformationEndpoint = "https://api.linkedin.com/v2/userinfo";
                options.UsePkce = false;
                options.Scope.Add("openid");
                options.Scope.Add("profile");
                options.Scope.Add("email");
                Configure(options, ExternalProviders.LinkedIn, linkedIn);
                options.ClaimActions.MapJsonKey(ClaimTypes.NameIdentifier, "sub");
                options.ClaimActions.MapJsonKey(ClaimTypes.Name, "name");
                options.ClaimActions.MapJsonKey(ClaimTypes.Email, "email");
                MapCommonClaims(options);
            });
            services.AddOptions<OAuthOptions>(ExternalProviders.LinkedIn)
                .Configure<IHttpContextAccessor>((options, accessor) => options.StateDataFormat = new ClientBoundStateFormat(accessor));
        }
    }

    private static void Configure(OAuthOptions options, string provider, ProviderSettings settings)
    {
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.AuthorizationEndpoint = settings.AuthorizationEndpoint ?? options.AuthorizationEndpoint;
        options.TokenEndpoint = settings.TokenEndpoint ?? options.TokenEndpoint;
        options.UserInformationEndpoint = settings.UserInformationEndpoint ?? options.UserInformationEndpoint;
        options.CallbackPath = $"/auth/{provider}/handler-callback";
        options.BackchannelTimeout = TimeSpan.FromSeconds(10);
        options.SaveTokens = false;
        options.Events = new OAuthEvents
        {
            // The JSON flow answers the URL instead of redirecting.
            OnRedirectToAuthorizationEndpoint = context =>
            {
                context.HttpContext.Items[FlowItems.AuthUrl] = context.RedirectUri;
                return Task.CompletedTask;
            },
            // The handler's own callback path is never part of the flow: refuse it plainly.
            OnRemoteFailure = context =>
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.HandleResponse();
                return Task.CompletedTask;
            },
        };
    }

    private static void MapCommonClaims(OAuthOptions options)
    {
        options.ClaimActions.MapJsonKey(ExternalIdentity.EmailVerifiedClaim, ExternalIdentity.EmailVerifiedClaim);
        options.ClaimActions.MapJsonKey(ExternalIdentity.PictureClaim, ExternalIdentity.PictureClaim);
    }

    /// <summary>Per client IP; the limit is part of the partition key, so a changed setting applies at once.</summary>
    private static void AddRateLimits(IServiceCollection services) =>
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(AuthRateLimitPolicy, context =>
        {
            var permits = context.RequestServices.GetRequiredService<ISettingProvider>().GetInt(IdentitySettingNames.AuthRateLimitPerMinute);
            return RateLimitPartition.GetFixedWindowLimiter(
                $"{context.Connection.RemoteIpAddress}|{permits}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));
}
