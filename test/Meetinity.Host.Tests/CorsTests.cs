using Meetinity.TestKit;

namespace Meetinity.Host.Tests;

public sealed class CorsFixture : HostFixture
{
    protected override MeetinityHostFactory CreateFactory(string connectionString) =>
        new(connectionString, new Dictionary<string, string?> { ["App:CorsOrigins"] = "https://app.meetinity.example, https://admin.meetinity.example" });
}

public sealed class CorsTests(CorsFixture fixture) : IClassFixture<CorsFixture>
{
    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/health", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        return await fixture.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Listed_origins_are_allowed()
    {
        var response = await PreflightAsync("https://admin.meetinity.example");

        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://admin.meetinity.example"]);
    }

    [Fact]
    public async Task Other_origins_are_not()
    {
        var response = await PreflightAsync("https://evil.example");

        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }
}
