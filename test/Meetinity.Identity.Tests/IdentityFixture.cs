using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Meetinity.Identity.Tests;

/// <summary>The host pointed at a fake Google/LinkedIn, with a clock the tests move.</summary>
public class IdentityFixture : IAsyncLifetime
{
    public const string RedirectUri = "https://app.meetinity.example/auth/callback";
    public const string NativeRedirectUri = "com.meetinity.app:/oauth2redirect";
    public const string AdminEmail = "chief@gmail.com";

    public FakeOAuthProvider Provider { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public MeetinityHostFactory Factory { get; private set; } = null!;

    public string ConnectionString { get; private set; } = string.Empty;

    public virtual async Task InitializeAsync()
    {
        Provider = await FakeOAuthProvider.StartAsync();
        ConnectionString = await TestServers.CreateDatabaseAsync();
        Factory = CreateFactory(ConnectionString);
        Factory.StartServer();
    }

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Provider.DisposeAsync();
    }

    public MeetinityHostFactory CreateFactory(string connectionString, IDictionary<string, string?>? extra = null)
    {
        var settings = Settings();
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new MeetinityHostFactory(connectionString, settings, services => services.AddSingleton<TimeProvider>(Clock));
    }

    public SignInClient NewClient(MeetinityHostFactory? factory = null) => new((factory ?? Factory).CreateClient(), Provider);

    public static HttpClient Authorized(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status, string? error = null)
    {
        ((int)response.StatusCode).ShouldBe(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (error is not null)
        {
            problem.GetProperty("error").GetString().ShouldBe(error);
        }

        return problem;
    }

    protected virtual Dictionary<string, string?> Settings()
    {
        var settings = Provider.Settings(RedirectUri);
        settings["Identity:AllowedRedirects"] = $"{NativeRedirectUri},https://app.meetinity.example/alt";
        settings["Identity:AdminEmails"] = AdminEmail;
        settings["Identity:RateLimit:PermitsPerMinute"] = "100000";
        return settings;
    }
}
