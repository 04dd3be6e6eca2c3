using System.Net.Http.Headers;
using System.Text.Json;
using Xunit;

namespace Meetinity.TestKit;

/// <summary>
/// A test class's own database and host, with sign-in through <see cref="FakeOAuthProvider"/>,
/// an admin e-mail, and helpers to sign people in and to look at the database.
/// </summary>
public class ServiceFixture : IAsyncLifetime
{
    public const string AdminEmail = "operator@gmail.com";

    public FakeOAuthProvider Provider { get; private set; } = null!;

    public string ConnectionString { get; private set; } = string.Empty;

    public MeetinityHostFactory Factory { get; private set; } = null!;

    public virtual Dictionary<string, string?> Settings =>
        new(Provider.Settings("https://app.example/cb"))
        {
            ["Identity:AdminEmails"] = AdminEmail,
            ["Identity:RateLimit:PermitsPerMinute"] = "100000",
            ["Settings:RefreshMilliseconds"] = "200",
        };

    public virtual async Task InitializeAsync()
    {
        Provider = await FakeOAuthProvider.StartAsync();
        ConnectionString = await TestServers.CreateDatabaseAsync();
        Factory = CreateFactory();
        Factory.StartServer();
    }

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Provider.DisposeAsync();
    }

    /// <summary>Another host on the same database: a second instance of the service.</summary>
    public MeetinityHostFactory CreateFactory() => new(ConnectionString, Settings);

    public async Task<(HttpClient Client, Guid Id, JsonElement SignIn)> SignInAsync(string? email = null, MeetinityHostFactory? factory = null, string? name = "Ada Lovelace")
    {
        var signIn = await new SignInClient((factory ?? Factory).CreateClient(), Provider)
            .SignInAsync("google", SignInClient.Profile(Guid.NewGuid().ToString("N"), email, name: name));
        var client = (factory ?? Factory).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signIn.GetProperty("token").GetString());
        return (client, Guid.Parse(signIn.GetProperty("user").GetProperty("id").GetString()!), signIn);
    }

    public Task<long> ScalarAsync(string sql, params object[] values) => TestDatabase.ScalarAsync(ConnectionString, sql, values);

    /// <summary>Waits (up to 10 s) until <paramref name="sql"/> counts at least <paramref name="expected"/>: outbox delivery is asynchronous.</summary>
    public async Task<long> EventuallyAsync(long expected, string sql, params object[] values)
    {
        long count = 0;
        for (var attempt = 0; attempt < 100 && (count = await ScalarAsync(sql, values)) < expected; attempt++)
        {
            await Task.Delay(100);
        }

        return count;
    }
}
