using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.DevServices;
using Meetinity.TestKit;
using StackExchange.Redis;

namespace Meetinity.Profile.Tests;

/// <summary>Two instances of the service on one database and one Redis.</summary>
public sealed class RedisCacheFixture : ServiceFixture
{
    public LocalRedis Redis { get; private set; } = null!;

    public MeetinityHostFactory Second { get; private set; } = null!;

    public override Dictionary<string, string?> Settings => new(base.Settings) { ["Redis:Url"] = Redis.Url };

    public override async Task InitializeAsync()
    {
        Redis = await TestServers.NewRedisAsync();
        await base.InitializeAsync();
        Second = CreateFactory();
        Second.StartServer();
    }

    public override async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await base.DisposeAsync();
        await Redis.DisposeAsync();
    }

    public async Task<long> CachedKeysAsync(Guid id)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Redis.Port}");
        var server = redis.GetServer("127.0.0.1", Redis.Port);
        return server.Keys(pattern: $"*{id:N}*").LongCount();
    }
}

[Collection("redis-cache")]
public sealed class CacheTests(RedisCacheFixture fixture) : IClassFixture<RedisCacheFixture>
{
    [Fact]
    public async Task A_read_fills_redis_and_an_update_is_seen_at_once_through_the_other_instance()
    {
        var (writer, id, _) = await fixture.SignInAsync();
        var (reader, _, _) = await fixture.SignInAsync(factory: fixture.Second);
        (await reader.GetUserAsync(id)).GetProperty("title").ValueKind.ShouldBe(JsonValueKind.Null);
        (await fixture.CachedKeysAsync(id)).ShouldBe(1);

        for (var i = 0; i < 20; i++)
        {
            await writer.UpdateUserAsync(id, new { title = $"Title {i}" });
            (await reader.GetUserAsync(id)).GetProperty("title").GetString().ShouldBe($"Title {i}");
        }
    }

    [Fact]
    public async Task Photo_account_changes_and_deletion_drop_the_cached_user_everywhere()
    {
        var (owner, id, _) = await fixture.SignInAsync();
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail, fixture.Second);
        (await admin.GetUserAsync(id)).GetProperty("role").GetString().ShouldBe("user");

        (await admin.PutAsJsonAsync(new Uri($"/users/{id}/role", UriKind.Relative), new { role = "admin" })).EnsureSuccessStatusCode();
        (await owner.GetUserAsync(id)).GetProperty("role").GetString().ShouldBe("admin");

        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(TestImages.Encode(SkiaSharp.SKEncodedImageFormat.Png)), "photo", "a.png");
        (await owner.PostAsync(new Uri($"/users/{id}/photo", UriKind.Relative), form)).EnsureSuccessStatusCode();
        var photo = (await admin.GetUserAsync(id)).GetProperty("photo_url").GetString()!;
        photo.ShouldEndWith(".png");

        (await owner.DeleteAsync(new Uri($"/users/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync(new Uri($"/users/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.Factory.CreateClient().GetAsync(new Uri(photo, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_redis_reads_and_writes_go_on_and_caching_resumes_when_it_returns()
    {
        var (client, id, _) = await fixture.SignInAsync();
        await client.GetUserAsync(id);
        await fixture.Redis.StopAsync();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                await client.UpdateUserAsync(id, new { title = $"Offline {i}" });
                (await client.GetUserAsync(id)).GetProperty("title").GetString().ShouldBe($"Offline {i}");
            }

            var health = await fixture.Factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
            health.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("degraded");
        }
        finally
        {
            await fixture.Redis.StartAsync();
        }

        long keys = 0;
        for (var attempt = 0; attempt < 50 && keys == 0; attempt++)
        {
            await Task.Delay(200);
            (await client.GetUserAsync(id)).GetProperty("title").GetString().ShouldBe("Offline 4");
            keys = await fixture.CachedKeysAsync(id);
        }

        keys.ShouldBe(1);
        await client.UpdateUserAsync(id, new { title = "Back online" });
        (await client.GetUserAsync(id)).GetProperty("title").GetString().ShouldBe("Back online");
    }
}
