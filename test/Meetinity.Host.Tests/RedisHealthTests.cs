using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.DevServices;
using Meetinity.TestKit;

namespace Meetinity.Host.Tests;

public sealed class RedisHealthTests : IAsyncLifetime
{
    private LocalRedis? _redis;
    private MeetinityHostFactory? _factory;

    public async Task InitializeAsync()
    {
        _redis = await TestServers.NewRedisAsync();
        _factory = new MeetinityHostFactory(await TestServers.CreateDatabaseAsync(), new Dictionary<string, string?> { ["Redis:Url"] = _redis.Url });
        _factory.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _factory!.DisposeAsync();
        await _redis!.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, string Overall, string Cache)> HealthAsync()
    {
        var response = await _factory!.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.GetProperty("status").GetString()!, body.GetProperty("checks").GetProperty("cache").GetProperty("status").GetString()!);
    }

    [Fact]
    public async Task Losing_redis_degrades_the_service_and_its_return_heals_it()
    {
        (await HealthAsync()).ShouldBe((HttpStatusCode.OK, "healthy", "healthy"));

        await _redis!.StopAsync();
        (await HealthAsync()).ShouldBe((HttpStatusCode.OK, "degraded", "degraded"));

        await _redis.StartAsync();
        for (var attempt = 0; attempt < 50 && (await HealthAsync()).Cache != "healthy"; attempt++)
        {
            await Task.Delay(200);
        }

        (await HealthAsync()).ShouldBe((HttpStatusCode.OK, "healthy", "healthy"));
    }
}
