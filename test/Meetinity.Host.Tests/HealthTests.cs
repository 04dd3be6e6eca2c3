using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;

namespace Meetinity.Host.Tests;

public sealed class HealthTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task Health_reports_every_check()
    {
        var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().ShouldBe("healthy");
        var checks = body.GetProperty("checks");
        foreach (var check in new[] { "database", "cache", "blob_storage" })
        {
            checks.GetProperty(check).GetProperty("status").GetString().ShouldBe("healthy");
        }

        checks.GetProperty("cache").GetProperty("description").GetString()!.ShouldContain("in-process");
    }

    [Fact]
    public async Task Liveness_runs_no_check_and_readiness_needs_database_and_storage()
    {
        var live = await _client.GetFromJsonAsync<JsonElement>(new Uri("/health/live", UriKind.Relative));
        var ready = await _client.GetFromJsonAsync<JsonElement>(new Uri("/health/ready", UriKind.Relative));

        live.GetProperty("checks").EnumerateObject().ShouldBeEmpty();
        ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).ShouldBe(["database", "blob_storage"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_lost_database_makes_the_service_unhealthy_without_leaking_why()
    {
        await using var factory = new MeetinityHostFactory("Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=1");
        factory.StartServer();

        var response = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("\"unhealthy\"");
        text.ShouldNotContain("nobody");
        text.ShouldNotContain("Exception");
    }
}
