using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Meetinity.TestKit;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Meetinity.Identity.Tests.IdentityFixture;

namespace Meetinity.Identity.Tests;

public sealed class TokenTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private readonly SignInClient _client = fixture.NewClient();

    private Task<JsonElement> SignInAsync() =>
        _client.SignInAsync("google", SignInClient.Profile($"t-{Guid.NewGuid():N}", null));

    private async Task<HttpResponseMessage> VerifyAsync(string token) =>
        await fixture.Factory.CreateClient().PostAsJsonAsync(new Uri("/auth/verify", UriKind.Relative), new Dictionary<string, string> { ["token"] = token });

    private async Task<HttpResponseMessage> ProfileAsync(string token) =>
        await Authorized(fixture.Factory.CreateClient(), token).GetAsync(new Uri("/auth/profile", UriKind.Relative));

    private async Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        await fixture.Factory.CreateClient().PostAsJsonAsync(new Uri("/auth/refresh", UriKind.Relative), new Dictionary<string, string> { ["refresh_token"] = refreshToken });

    private static string Forge(Dictionary<string, object> claims, SigningCredentials? credentials, string type = "at+jwt")
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var descriptor = new SecurityTokenDescriptor { Claims = claims, TokenType = type, SigningCredentials = credentials };
        return handler.CreateToken(descriptor);
    }

    private async Task<Dictionary<string, object>> GenuineClaimsAsync()
    {
        var token = (await SignInAsync()).GetProperty("token").GetString()!;
        var jwt = new JsonWebToken(token);
        return new Dictionary<string, object>
        {
            ["sub"] = jwt.Subject,
            ["sid"] = jwt.GetClaim("sid").Value,
            ["role"] = "admin",
            ["iss"] = jwt.Issuer,
            ["aud"] = jwt.Audiences.Single(),
            ["iat"] = EpochTime.GetIntDate(fixture.Clock.GetUtcNow().UtcDateTime),
            ["nbf"] = EpochTime.GetIntDate(fixture.Clock.GetUtcNow().UtcDateTime),
            ["exp"] = EpochTime.GetIntDate(fixture.Clock.GetUtcNow().UtcDateTime.AddMinutes(10)),
        };
    }

    private static SigningCredentials TestKey(string secret = MeetinityHostFactory.TestSecret) =>
        new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256);

    [Fact]
    public async Task A_genuine_token_verifies_and_opens_the_profile()
    {
        var signIn = await SignInAsync();
        var token = signIn.GetProperty("token").GetString()!;

        var verified = await (await VerifyAsync(token)).Content.ReadFromJsonAsync<JsonElement>();
        var profile = await (await ProfileAsync(token)).Content.ReadFromJsonAsync<JsonElement>();

        verified.GetProperty("valid").GetBoolean().ShouldBeTrue();
        verified.GetProperty("sub").GetString().ShouldBe(signIn.GetProperty("user").GetProperty("id").GetString());
        verified.GetProperty("exp").GetInt64().ShouldBe(new JsonWebToken(token).ValidTo.Subtract(DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond);
        profile.GetProperty("user").GetProperty("id").GetString().ShouldBe(verified.GetProperty("sub").GetString());
        var jwt = new JsonWebToken(token);
        jwt.Typ.ShouldBe("at+jwt");
        jwt.Alg.ShouldBe("HS256");
        jwt.GetClaim("sid").Value.ShouldNotBeNullOrEmpty();
        jwt.GetClaim("jti").Value.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_token_may_come_in_the_authorization_header()
    {
        var token = (await SignInAsync()).GetProperty("token").GetString()!;

        var response = await Authorized(fixture.Factory.CreateClient(), token).PostAsync(new Uri("/auth/verify", UriKind.Relative), null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public static TheoryData<string> Attacks => ["alg_none", "wrong_key", "expired", "not_yet_valid", "wrong_issuer", "wrong_audience", "wrong_type", "garbage", "tampered"];

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Forged_and_stale_tokens_are_refused_everywhere(string attack)
    {
        var claims = await GenuineClaimsAsync();
        var now = fixture.Clock.GetUtcNow().UtcDateTime;
        var token = attack switch
        {
            "alg_none" => Forge(claims, null),
            "wrong_key" => Forge(claims, TestKey("another-secret-of-at-least-thirty-two-bytes!!")),
            "expired" => Forge(new(claims) { ["exp"] = EpochTime.GetIntDate(now.AddMinutes(-2)), ["nbf"] = EpochTime.GetIntDate(now.AddMinutes(-20)) }, TestKey()),
            "not_yet_valid" => Forge(new(claims) { ["nbf"] = EpochTime.GetIntDate(now.AddMinutes(2)) }, TestKey()),
            "wrong_issuer" => Forge(new(claims) { ["iss"] = "someone-else" }, TestKey()),
            "wrong_audience" => Forge(new(claims) { ["aud"] = "another-api" }, TestKey()),
            "wrong_type" => Forge(claims, TestKey(), "JWT"),
            "garbage" => "not.a.jwt",
            _ => Tamper(Forge(claims, TestKey())),
        };

        var verify = await IdentityFixture.ProblemAsync(await VerifyAsync(token), 401, "invalid_token");
        verify.GetProperty("valid").GetBoolean().ShouldBeFalse();
        await IdentityFixture.ProblemAsync(await ProfileAsync(token), 401, "invalid_token");
    }

    [Fact]
    public async Task A_correctly_signed_token_with_a_made_up_session_does_not_verify()
    {
        var claims = await GenuineClaimsAsync();
        claims["sid"] = Guid.NewGuid().ToString();

        await IdentityFixture.ProblemAsync(await VerifyAsync(Forge(claims, TestKey())), 401, "invalid_token");
    }

    [Fact]
    public async Task Missing_credentials_are_a_401_problem()
    {
        await IdentityFixture.ProblemAsync(await fixture.Factory.CreateClient().GetAsync(new Uri("/auth/profile", UriKind.Relative)), 401, "invalid_token");
        await IdentityFixture.ProblemAsync(await fixture.Factory.CreateClient().PostAsync(new Uri("/auth/verify", UriKind.Relative), null), 401, "invalid_token");
    }

    [Fact]
    public async Task Refresh_rotates_and_a_spent_token_kills_the_session()
    {
        var signIn = await SignInAsync();
        var first = signIn.GetProperty("refresh_token").GetString()!;
        var rotated = await (await RefreshAsync(first)).Content.ReadFromJsonAsync<JsonElement>();
        var second = rotated.GetProperty("refresh_token").GetString()!;
        second.ShouldNotBe(first);
        rotated.GetProperty("expires_in").GetInt32().ShouldBe(900);
        (await VerifyAsync(rotated.GetProperty("token").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);

        fixture.Clock.Advance(TimeSpan.FromSeconds(11));
        await IdentityFixture.ProblemAsync(await RefreshAsync(first), 401, "invalid_token");

        await IdentityFixture.ProblemAsync(await RefreshAsync(second), 401, "invalid_token");
        await IdentityFixture.ProblemAsync(await VerifyAsync(rotated.GetProperty("token").GetString()!), 401, "invalid_token");
    }

    [Fact]
    public async Task Two_tabs_refreshing_at_once_both_stay_signed_in()
    {
        var first = (await SignInAsync()).GetProperty("refresh_token").GetString()!;

        var tabA = await RefreshAsync(first);
        var tabB = await RefreshAsync(first);

        tabA.StatusCode.ShouldBe(HttpStatusCode.OK);
        tabB.StatusCode.ShouldBe(HttpStatusCode.OK);
        var next = (await tabB.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;
        (await RefreshAsync(next)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("")]
    [InlineData("unknown-token")]
    public async Task Unknown_refresh_tokens_are_refused(string token)
    {
        var response = await RefreshAsync(token);

        ((int)response.StatusCode).ShouldBeOneOf(400, 401);
    }

    [Fact]
    public async Task Logout_ends_the_session_and_its_refresh_token()
    {
        var signIn = await SignInAsync();
        var token = signIn.GetProperty("token").GetString()!;

        var logout = await Authorized(fixture.Factory.CreateClient(), token).PostAsync(new Uri("/auth/logout", UriKind.Relative), null);

        logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await IdentityFixture.ProblemAsync(await RefreshAsync(signIn.GetProperty("refresh_token").GetString()!), 401, "invalid_token");
        await IdentityFixture.ProblemAsync(await VerifyAsync(token), 401, "invalid_token");
    }

    [Fact]
    public async Task After_logout_the_access_token_opens_nothing()
    {
        var token = (await SignInAsync()).GetProperty("token").GetString()!;
        (await ProfileAsync(token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Authorized(fixture.Factory.CreateClient(), token).PostAsync(new Uri("/auth/logout", UriKind.Relative), null);

        await IdentityFixture.ProblemAsync(await ProfileAsync(token), 401, "invalid_token");
    }

    [Fact]
    public async Task Sessions_are_listed_and_can_be_ended_one_by_one()
    {
        var profile = SignInClient.Profile($"multi-{Guid.NewGuid():N}", null);
        var phone = await _client.SignInAsync("google", profile);
        var laptop = await _client.SignInAsync("google", profile);
        var client = Authorized(fixture.Factory.CreateClient(), laptop.GetProperty("token").GetString()!);

        var sessions = (await client.GetFromJsonAsync<JsonElement>(new Uri("/auth/sessions", UriKind.Relative))).GetProperty("items");

        sessions.GetArrayLength().ShouldBe(2);
        sessions.EnumerateArray().Count(s => s.GetProperty("current").GetBoolean()).ShouldBe(1);
        sessions[0].GetProperty("provider").GetString().ShouldBe("google");
        var phoneSession = new JsonWebToken(phone.GetProperty("token").GetString()!).GetClaim("sid").Value;
        (await ProfileAsync(phone.GetProperty("token").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.DeleteAsync(new Uri($"/auth/sessions/{phoneSession}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await IdentityFixture.ProblemAsync(await ProfileAsync(phone.GetProperty("token").GetString()!), 401, "invalid_token");
        await IdentityFixture.ProblemAsync(await RefreshAsync(phone.GetProperty("refresh_token").GetString()!), 401);
        await IdentityFixture.ProblemAsync(await client.DeleteAsync(new Uri($"/auth/sessions/{phoneSession}", UriKind.Relative)), 404);
    }

    [Fact]
    public async Task Nobody_ends_someone_elses_session()
    {
        var victim = await SignInAsync();
        var attacker = await SignInAsync();
        var victimSession = new JsonWebToken(victim.GetProperty("token").GetString()!).GetClaim("sid").Value;

        var response = await Authorized(fixture.Factory.CreateClient(), attacker.GetProperty("token").GetString()!)
            .DeleteAsync(new Uri($"/auth/sessions/{victimSession}", UriKind.Relative));

        await IdentityFixture.ProblemAsync(response, 404, "not_found");
        (await RefreshAsync(victim.GetProperty("refresh_token").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, object>>(Base64UrlEncoder.Decode(parts[1]))!;
        payload["sub"] = Guid.NewGuid().ToString();
        return $"{parts[0]}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload))}.{parts[2]}";
    }
}
