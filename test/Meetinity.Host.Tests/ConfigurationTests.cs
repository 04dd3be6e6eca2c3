using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;
using Npgsql;

namespace Meetinity.Host.Tests;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Database:Url", "mysql://root:hunter2@db/app", "DATABASE_URL")]
    [InlineData("Database:Url", "postgresql://user:hunter2@/", "DATABASE_URL")]
    [InlineData("Redis:Url", "redis://:hunter2@cache/notanumber", "REDIS_URL")]
    [InlineData("App:Port", "70000", "APP_PORT")]
    [InlineData("App:CorsOrigins", "https://ok.example,not an origin", "CORS_ORIGINS")]
    [InlineData("App:TrustedProxies", "10.0.0.0/8,proxy.example", "TRUSTED_PROXIES")]
    [InlineData("Database:Echo", "sometimes", "SQLALCHEMY_ECHO")]
    [InlineData("Cache:TtlSeconds", "-5", "REDIS_CACHE_TTL")]
    [InlineData("Uploads:UrlPrefix", "uploads", "UPLOAD_URL_PREFIX")]
    [InlineData("App:FrontendUrl", "ftp://files.example", "FRONTEND_URL")]
    public async Task A_bad_value_stops_start_up_naming_the_variable_but_not_its_value(string key, string value, string variable)
    {
        var message = await MeetinityHostFactory.StartupFailureAsync(await TestServers.CreateDatabaseAsync(), new() { [key] = value });

        message.ShouldContain(variable);
        message.ShouldNotContain("hunter2");
    }

    [Fact]
    public async Task Outside_development_a_database_is_required()
    {
        var message = await MeetinityHostFactory.StartupFailureAsync(string.Empty, []);

        message.ShouldContain("DATABASE_URL");
        message.ShouldContain("not set");
    }

    [Fact]
    public async Task A_psycopg_style_url_reaches_its_database()
    {
        var plain = new NpgsqlConnectionStringBuilder(await TestServers.CreateDatabaseAsync());
        var url = $"postgresql+psycopg://{plain.Username}:any%20password@{plain.Host}:{plain.Port}/{plain.Database}";
        await using var factory = new MeetinityHostFactory(url);
        factory.StartServer();

        var health = await factory.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/health/ready", UriKind.Relative));

        health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().ShouldBe("healthy");
    }
}
