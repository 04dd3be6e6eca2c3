using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;
using Microsoft.AspNetCore.WebUtilities;
using static Meetinity.Identity.Tests.IdentityFixture;

namespace Meetinity.Identity.Tests;

public sealed class ExternalSignInTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private readonly SignInClient _client = fixture.NewClient();

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}";

    [Fact]
    public async Task Google_sign_in_runs_the_whole_json_flow_with_pkce()
    {
        var subject = Unique("g");
        var (authUrl, verifier) = await _client.StartAsync("google");
        var query = QueryHelpers.ParseQuery(new Uri(authUrl).Query);
        query["redirect_uri"].ToString().ShouldBe(RedirectUri);
        query["code_challenge_method"].ToString().ShouldBe("S256");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(subject, $"{subject}@gmail.com"));

        var response = await _client.CallbackAsync("google", code, SignInClient.StateOf(authUrl), verifier);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("token").GetString()!.Split('.').Length.ShouldBe(3);
        body.GetProperty("refresh_token").GetString()!.Length.ShouldBeGreaterThan(40);
        body.GetProperty("expires_in").GetInt32().ShouldBe(900);
        var user = body.GetProperty("user");
        user.GetProperty("email").GetString().ShouldBe($"{subject}@gmail.com");
        user.GetProperty("email_verified").GetBoolean().ShouldBeTrue();
        user.GetProperty("providers")[0].GetString().ShouldBe("google");
        user.GetProperty("role").GetString().ShouldBe("user");
        var exchange = fixture.Provider.TokenRequests.Last(r => r["code"] == code);
        exchange.ShouldContainKey("code_verifier");
        SignInClient.ChallengeOf(exchange["code_verifier"]).ShouldBe(query["code_challenge"].ToString());
        exchange["redirect_uri"].ShouldBe(RedirectUri);
    }

    [Fact]
    public async Task LinkedIn_sign_in_works_through_the_get_callback_without_pkce()
    {
        var subject = Unique("li");
        var (authUrl, verifier) = await _client.StartAsync("linkedin", NativeRedirectUri);
        authUrl.ShouldNotContain("code_challenge");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(subject, $"{subject}@example.com"));

        var response = await _client.Http.GetAsync(new Uri(
            $"/auth/linkedin/callback?code={code}&state={SignInClient.StateOf(authUrl)}&client_verifier={verifier}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var exchange = fixture.Provider.TokenRequests.Last(r => r["code"] == code);
        exchange.ShouldNotContainKey("code_verifier");
        exchange["client_secret"].ShouldBe(FakeOAuthProvider.ClientSecret);
        exchange["redirect_uri"].ShouldBe(NativeRedirectUri);
    }

    [Fact]
    public async Task Starting_without_a_client_challenge_is_refused()
    {
        var response = await _client.Http.PostAsJsonAsync(new Uri("/auth/google", UriKind.Relative), new Dictionary<string, string>());

        await ProblemAsync(response, 400, "client_challenge_required");
    }

    [Theory]
    [InlineData("https://evil.example/callback")]
    [InlineData("https://app.meetinity.example.evil.com/auth/callback")]
    [InlineData("//evil.com")]
    [InlineData("https://app.meetinity.example@evil.com/auth/callback")]
    [InlineData("https://app.meetinity.example/auth/callback/../../evil")]
    [InlineData("https://APP.meetinity.example/auth/callback")]
    public async Task Redirect_uris_off_the_list_are_refused(string redirectUri)
    {
        var response = await _client.Http.PostAsJsonAsync(new Uri("/auth/google", UriKind.Relative),
            new Dictionary<string, string> { ["client_challenge"] = SignInClient.ChallengeOf(SignInClient.NewVerifier()), ["redirect_uri"] = redirectUri });

        await ProblemAsync(response, 400, "redirect_uri_not_allowed");
    }

    [Fact]
    public async Task Unknown_and_unconfigured_providers_are_told_apart()
    {
        var challenge = new Dictionary<string, string> { ["client_challenge"] = SignInClient.ChallengeOf(SignInClient.NewVerifier()) };

        await ProblemAsync(await _client.Http.PostAsJsonAsync(new Uri("/auth/facebook", UriKind.Relative), challenge), 404, "not_found");
    }

    [Fact]
    public async Task A_forged_state_is_refused_and_redeems_no_code()
    {
        var (authUrl, verifier) = await _client.StartAsync("google");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(Unique("g"), null));
        var requests = fixture.Provider.TokenRequests.Count;

        var response = await _client.CallbackAsync("google", code, SignInClient.NewVerifier()[..43], verifier);

        await ProblemAsync(response, 400, "invalid_state");
        fixture.Provider.TokenRequests.Count.ShouldBe(requests);
    }

    [Fact]
    public async Task A_replayed_state_and_code_are_refused()
    {
        var (authUrl, verifier) = await _client.StartAsync("google");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(Unique("g"), null));
        (await _client.CallbackAsync("google", code, SignInClient.StateOf(authUrl), verifier)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var requests = fixture.Provider.TokenRequests.Count;

        var replay = await _client.CallbackAsync("google", code, SignInClient.StateOf(authUrl), verifier);

        await ProblemAsync(replay, 400, "invalid_state");
        fixture.Provider.TokenRequests.Count.ShouldBe(requests);
    }

    [Fact]
    public async Task A_state_of_the_other_provider_is_refused_and_stays_usable()
    {
        var (authUrl, verifier) = await _client.StartAsync("google");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(Unique("g"), null));

        await ProblemAsync(await _client.CallbackAsync("linkedin", code, SignInClient.StateOf(authUrl), verifier), 400, "invalid_state");

        (await _client.CallbackAsync("google", code, SignInClient.StateOf(authUrl), verifier)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_expired_state_is_refused()
    {
        var (authUrl, verifier) = await _client.StartAsync("google");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(Unique("g"), null));

        fixture.Clock.Advance(TimeSpan.FromMinutes(11));

        await ProblemAsync(await _client.CallbackAsync("google", code, SignInClient.StateOf(authUrl), verifier), 400, "invalid_state");
    }

    [Fact]
    public async Task Another_clients_code_and_state_cannot_sign_this_client_in()
    {
        var (authUrl, verifier) = await _client.StartAsync("google");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(Unique("victim"), null));
        var requests = fixture.Provider.TokenRequests.Count;

        await ProblemAsync(await _client.CallbackAsync("google", code, SignInClient.StateOf(authUrl), SignInClient.NewVerifier()), 400, "invalid_client_verifier");
        fixture.Provider.TokenRequests.Count.ShouldBe(requests);

        (await _client.CallbackAsync("google", code, SignInClient.StateOf(authUrl), verifier)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("has spaces and is long enough to pass the length rule of 43 chars")]
    public async Task A_missing_or_malformed_verifier_is_a_validation_error(string verifier)
    {
        var (authUrl, _) = await _client.StartAsync("google");

        var problem = await ProblemAsync(await _client.CallbackAsync("google", "code", SignInClient.StateOf(authUrl), verifier), 400, "validation_failed");

        problem.GetProperty("errors").TryGetProperty("client_verifier", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_refusal_at_the_provider_is_a_400()
    {
        var (authUrl, verifier) = await _client.StartAsync("google");

        var response = await _client.Http.GetAsync(new Uri($"/auth/google/callback?error=access_denied&state={SignInClient.StateOf(authUrl)}&client_verifier={verifier}", UriKind.Relative));

        await ProblemAsync(response, 400, "provider_denied");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_failing_provider_is_a_502_that_shows_nothing_of_its_answer(bool tokenEndpoint)
    {
        var (authUrl, verifier) = await _client.StartAsync("linkedin");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(Unique("li"), null));
        if (tokenEndpoint)
        {
            fixture.Provider.TokenEndpointFailure = 500;
        }
        else
        {
            fixture.Provider.UserInfoFailure = 500;
        }

        try
        {
            var response = await _client.CallbackAsync("linkedin", code, SignInClient.StateOf(authUrl), verifier);

            var problem = await ProblemAsync(response, 502, "provider_error");
            problem.ToString().ShouldNotContain("provider-internal-detail");
        }
        finally
        {
            fixture.Provider.TokenEndpointFailure = null;
            fixture.Provider.UserInfoFailure = null;
        }
    }

    [Fact]
    public async Task The_handlers_own_callback_path_is_refused_plainly()
    {
        var response = await _client.Http.GetAsync(new Uri("/auth/google/handler-callback?state=x&code=y", UriKind.Relative));

        await ProblemAsync(response, 400);
    }

    [Fact]
    public async Task Nothing_secret_is_logged()
    {
        var response = await _client.SignInAsync("google", SignInClient.Profile(Unique("g"), null));

        var logs = fixture.Factory.Logs.All;
        logs.ShouldNotContain(response.GetProperty("refresh_token").GetString()!);
        logs.ShouldNotContain(response.GetProperty("token").GetString()!);
        logs.ShouldNotContain(FakeOAuthProvider.ClientSecret);
    }
}
