using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Meetinity.TestKit;

/// <summary>
/// Google and LinkedIn as the service's OAuth handlers see them: token and userinfo
/// endpoints on loopback (<c>/{provider}/token</c>, <c>/{provider}/userinfo</c>). A test
/// plays the person at the authorization step with <see cref="Authorize"/>, which issues a
/// code for the flow's URL. It checks what a real provider checks (client credentials,
/// the redirect URI, single-use codes, the PKCE verifier) and records every token request.
/// </summary>
public sealed class FakeOAuthProvider : IAsyncDisposable
{
    public const string ClientId = "meetinity-test-client";
    public const string ClientSecret = "client-secret-never-logged-4711";
    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new();
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, object?>> _accessTokens = new();
    private readonly WebApplication _app;

    private FakeOAuthProvider(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    /// <summary>When set, the token (or userinfo) endpoint answers with this status instead.</summary>
    public int? TokenEndpointFailure { get; set; }

    public int? UserInfoFailure { get; set; }

    public static async Task<FakeOAuthProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeOAuthProvider(app);
        app.MapPost("/{provider}/token", provider.TokenAsync);
        app.MapGet("/{provider}/userinfo", provider.UserInfo);
        await app.StartAsync();
        provider.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return provider;
    }

    /// <summary>The configuration that points a host's handlers at this provider.</summary>
    public Dictionary<string, string?> Settings(string redirectUri) => new()
    {
        ["Google:ClientId"] = ClientId,
        ["Google:ClientSecret"] = ClientSecret,
        ["Google:RedirectUri"] = redirectUri,
        ["Google:AuthorizationEndpoint"] = $"{BaseUrl}/google/authorize",
        ["Google:TokenEndpoint"] = $"{BaseUrl}/google/token",
        ["Google:UserInformationEndpoint"] = $"{BaseUrl}/google/userinfo",
        ["LinkedIn:ClientId"] = ClientId,
        ["LinkedIn:ClientSecret"] = ClientSecret,
        ["LinkedIn:RedirectUri"] = redirectUri,
        ["LinkedIn:AuthorizationEndpoint"] = $"{BaseUrl}/linkedin/authorize",
        ["LinkedIn:TokenEndpoint"] = $"{BaseUrl}/linkedin/token",
        ["LinkedIn:UserInformationEndpoint"] = $"{BaseUrl}/linkedin/userinfo",
    };

    /// <summary>The person signs in at the provider: returns the code the provider would send to the flow's redirect URI.</summary>
    public string Authorize(string authUrl, IReadOnlyDictionary<string, object?> profile)
    {
        var query = QueryHelpers.ParseQuery(new Uri(authUrl).Query);
        if (query["client_id"] != ClientId)
        {
            throw new InvalidOperationException("The flow names another client.");
        }

        var code = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new IssuedCode(query["redirect_uri"]!, query.TryGetValue("code_challenge", out var c) ? c.ToString() : null, profile);
        return code;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> TokenAsync(string provider, HttpContext context)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        TokenRequests.Enqueue(form);
        if (TokenEndpointFailure is { } status)
        {
            return Results.Text("{\"error\":\"server_error\",\"detail\":\"provider-internal-detail\"}", "application/json", statusCode: status);
        }

        IssuedCode? issued = null;
        var valid = form.GetValueOrDefault("client_id") == ClientId && form.GetValueOrDefault("client_secret") == ClientSecret
            && form.TryGetValue("code", out var code) && _codes.TryRemove(code, out issued)
            && issued.RedirectUri == form.GetValueOrDefault("redirect_uri")
            && (issued.Challenge is null || Challenge(form.GetValueOrDefault("code_verifier")) == issued.Challenge);
        if (!valid)
        {
            return Results.Json(new Dictionary<string, string> { ["error"] = "invalid_grant" }, statusCode: 400);
        }

        var accessToken = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        _accessTokens[accessToken] = issued!.Profile;
        return Results.Json(new Dictionary<string, object> { ["access_token"] = accessToken, ["token_type"] = "Bearer", ["expires_in"] = 3600 });
    }

    private IResult UserInfo(string provider, HttpContext context)
    {
        if (UserInfoFailure is { } status)
        {
            return Results.Text("provider-internal-detail", statusCode: status);
        }

        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && _accessTokens.TryGetValue(header[7..], out var profile)
            ? Results.Json(profile)
            : Results.StatusCode(401);
    }

    private static string? Challenge(string? verifier) =>
        verifier is null ? null : WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private sealed record IssuedCode(string RedirectUri, string? Challenge, IReadOnlyDictionary<string, object?> Profile);
}
