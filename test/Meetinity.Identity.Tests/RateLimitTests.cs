using System.Net;
using System.Net.Http.Json;
using Meetinity.TestKit;

namespace Meetinity.Identity.Tests;

public sealed class TightRateLimitFixture : IdentityFixture
{
    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Identity:RateLimit:PermitsPerMinute"] = "3";
        return settings;
    }
}

public sealed class RateLimitTests(TightRateLimitFixture fixture) : IClassFixture<TightRateLimitFixture>
{
    [Fact]
    public async Task Auth_entry_points_answer_429_with_retry_after_past_the_limit()
    {
        var client = fixture.Factory.CreateClient();
        var body = new Dictionary<string, string> { ["client_challenge"] = SignInClient.ChallengeOf(SignInClient.NewVerifier()) };
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.PostAsJsonAsync(new Uri("/auth/google", UriKind.Relative), body);
            statuses.Add(last.StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Last().ShouldBe(HttpStatusCode.TooManyRequests);
        last!.Headers.RetryAfter.ShouldNotBeNull();
        await IdentityFixture.ProblemAsync(last, 429, "rate_limited");
        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
