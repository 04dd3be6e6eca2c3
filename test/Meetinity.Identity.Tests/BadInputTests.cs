using System.Text;
using Meetinity.TestKit;

namespace Meetinity.Identity.Tests;

/// <summary>Garbage at every Identity, settings and audit endpoint: always a 4xx problem, never a 500.</summary>
public sealed class BadInputTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    public static TheoryData<string, string, string?> Requests => new()
    {
        { "POST", "/auth/google", "{\"client_challenge\": 42}" },
        { "POST", "/auth/google", "{\"client_challenge\": \"" + new string('a', 43) + "\", \"redirect_uri\": \"" + new string('x', 100_000) + "\"}" },
        { "POST", "/auth/google", "[]" },
        { "POST", "/auth/google/callback", "{\"code\": [1], \"state\": {}, \"client_verifier\": null}" },
        { "POST", "/auth/google/callback", "{\"code\": \"c\", \"state\": \"" + new string('s', 43) + "\", \"client_verifier\": \"" + new string('v', 129) + "\"}" },
        { "GET", "/auth/linkedin/callback?code=&state=&client_verifier=", null },
        { "GET", "/auth/linkedin/callback?code=a&state=%00%01&client_verifier=" + "%F0%9F%98%80", null },
        { "POST", "/auth/refresh", "{\"refresh_token\": 123}" },
        { "POST", "/auth/refresh", "{\"refresh_token\": \"' OR 1=1 --\"}" },
        { "POST", "/auth/verify", "{\"token\": \"eyJhbGciOiJub25lIn0.e30.\"}" },
        { "POST", "/auth/verify", "{\"token\": \"" + new string('a', 50_000) + "\"}" },
        { "DELETE", "/auth/sessions/not-a-guid", null },
        { "GET", "/auth/security-log?user_id=nope&page=-1", null },
        { "PUT", "/users/not-a-guid/role", "{\"role\": \"admin\"}" },
        { "PUT", "/users/00000000-0000-0000-0000-000000000000/suspension", "{\"suspended\": \"yes\"}" },
        { "PUT", "/settings/%2E%2E", "{\"value\": 1}" },
        { "GET", "/audit-logs?from=yesterday", null },
        { "DELETE", "/auth/logins/../../etc", null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Bad_input_is_a_4xx_problem(string method, string path, string? body)
    {
        var admin = await new SignInClient(fixture.Factory.CreateClient(), fixture.Provider)
            .SignInAsync("google", SignInClient.Profile(Guid.NewGuid().ToString("N"), IdentityFixture.AdminEmail));
        var client = IdentityFixture.Authorized(fixture.Factory.CreateClient(), admin.GetProperty("token").GetString()!);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);

        ((int)response.StatusCode).ShouldBeInRange(400, 499, $"{method} {path}: {await response.Content.ReadAsStringAsync()}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
