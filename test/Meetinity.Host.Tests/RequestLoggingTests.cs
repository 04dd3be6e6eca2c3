using Meetinity.TestKit;

namespace Meetinity.Host.Tests;

public sealed class RequestLoggingTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Requests_are_logged_without_query_strings_or_headers()
    {
        using var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health/live?code=oauth-code-4711&state=s", UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "token-0815");

        await client.SendAsync(request);

        var logs = fixture.Factory.Logs.All;
        logs.ShouldContain("HTTP GET /health/live responded 200");
        logs.ShouldNotContain("oauth-code-4711");
        logs.ShouldNotContain("token-0815");
    }
}
