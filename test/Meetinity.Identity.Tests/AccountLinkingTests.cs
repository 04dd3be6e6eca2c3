using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;
using Npgsql;
using static Meetinity.Identity.Tests.IdentityFixture;

namespace Meetinity.Identity.Tests;

public sealed class AccountLinkingTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private readonly SignInClient _client = fixture.NewClient();

    private static string NewSubject() => Guid.NewGuid().ToString("N");

    private async Task<long> CountAsync(string sql, object value)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(value);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_verified_address_links_to_the_verified_account_that_holds_it()
    {
        var email = $"{NewSubject()}@gmail.com";
        var first = await _client.SignInAsync("linkedin", SignInClient.Profile(NewSubject(), email));

        var second = await _client.SignInAsync("google", SignInClient.Profile(NewSubject(), email));

        second.GetProperty("user").GetProperty("id").GetString().ShouldBe(first.GetProperty("user").GetProperty("id").GetString());
        second.GetProperty("user").GetProperty("providers").EnumerateArray().Select(p => p.GetString()).ShouldBe(["google", "linkedin"]);
    }

    [Fact]
    public async Task An_address_the_provider_does_not_vouch_for_never_links()
    {
        var email = $"{NewSubject()}@gmail.com";
        await _client.SignInAsync("google", SignInClient.Profile(NewSubject(), email));

        var response = await _client.SignInResponseAsync("linkedin", SignInClient.Profile(NewSubject(), email, verified: false));

        var problem = await ProblemAsync(response, 409, "account_exists");
        problem.GetProperty("detail").GetString()!.ShouldContain("/auth/linkedin/link");
        (await CountAsync("SELECT count(*) FROM identity.accounts WHERE normalized_email = upper($1)", email)).ShouldBe(1);
    }

    [Fact]
    public async Task Google_vouches_for_other_domains_only_with_a_hosted_domain()
    {
        var email = $"{NewSubject()}@company.example";
        await _client.SignInAsync("linkedin", SignInClient.Profile(NewSubject(), email));

        await ProblemAsync(await _client.SignInResponseAsync("google", SignInClient.Profile(NewSubject(), email)), 409, "account_exists");
        var linked = await _client.SignInAsync("google", SignInClient.Profile(NewSubject(), email, hostedDomain: "company.example"));

        linked.GetProperty("user").GetProperty("providers").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_pre_registered_unverified_account_is_never_linked_into_and_loses_the_address()
    {
        var email = $"{NewSubject()}@gmail.com";
        var squatter = await _client.SignInAsync("linkedin", SignInClient.Profile(NewSubject(), email, verified: false, name: "Squatter"));
        squatter.GetProperty("user").GetProperty("email_verified").GetBoolean().ShouldBeFalse();

        var owner = await _client.SignInAsync("google", SignInClient.Profile(NewSubject(), email, name: "Owner"));

        owner.GetProperty("user").GetProperty("id").GetString().ShouldNotBe(squatter.GetProperty("user").GetProperty("id").GetString());
        owner.GetProperty("user").GetProperty("email").GetString().ShouldBe(email);
        owner.GetProperty("user").GetProperty("providers").EnumerateArray().Select(p => p.GetString()).ShouldBe(["google"]);
        var squatterClient = Authorized(fixture.Factory.CreateClient(), squatter.GetProperty("token").GetString()!);
        await ProblemAsync(await squatterClient.PostAsync(new Uri("/auth/verify", UriKind.Relative), null), 401);
        await ProblemAsync(await squatterClient.GetAsync(new Uri("/auth/profile", UriKind.Relative)), 401);
        (await CountAsync("SELECT count(*) FROM identity.accounts WHERE id = $1 AND email IS NULL AND password_hash IS NULL",
            Guid.Parse(squatter.GetProperty("user").GetProperty("id").GetString()!))).ShouldBe(1);
    }

    [Fact]
    public async Task A_signed_in_user_links_another_provider_and_unlinks_it()
    {
        var me = await _client.SignInAsync("google", SignInClient.Profile(NewSubject(), null));
        var token = me.GetProperty("token").GetString()!;
        var (authUrl, verifier) = await _client.StartAsync("linkedin", bearer: token, path: "/link");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(NewSubject(), null));

        var linked = await (await _client.CallbackAsync("linkedin", code, SignInClient.StateOf(authUrl), verifier)).Content.ReadFromJsonAsync<JsonElement>();

        linked.GetProperty("user").GetProperty("id").GetString().ShouldBe(me.GetProperty("user").GetProperty("id").GetString());
        linked.GetProperty("user").GetProperty("providers").GetArrayLength().ShouldBe(2);
        var client = Authorized(fixture.Factory.CreateClient(), token);
        (await client.DeleteAsync(new Uri("/auth/logins/linkedin", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ProblemAsync(await client.DeleteAsync(new Uri("/auth/logins/google", UriKind.Relative)), 409, "last_sign_in_method");
        await ProblemAsync(await client.DeleteAsync(new Uri("/auth/logins/linkedin", UriKind.Relative)), 404);
    }

    [Fact]
    public async Task A_provider_account_of_someone_else_cannot_be_linked()
    {
        var theirs = NewSubject();
        await _client.SignInAsync("linkedin", SignInClient.Profile(theirs, null));
        var me = await _client.SignInAsync("google", SignInClient.Profile(NewSubject(), null));
        var (authUrl, verifier) = await _client.StartAsync("linkedin", bearer: me.GetProperty("token").GetString()!, path: "/link");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(theirs, null));

        await ProblemAsync(await _client.CallbackAsync("linkedin", code, SignInClient.StateOf(authUrl), verifier), 409, "login_in_use");
    }

    [Fact]
    public async Task Linking_needs_a_signed_in_user()
    {
        var response = await _client.Http.PostAsJsonAsync(new Uri("/auth/linkedin/link", UriKind.Relative),
            new Dictionary<string, string> { ["client_challenge"] = SignInClient.ChallengeOf(SignInClient.NewVerifier()) });

        await ProblemAsync(response, 401, "invalid_token");
    }

    [Fact]
    public async Task Sign_ins_and_links_are_in_the_security_log_without_any_token()
    {
        var me = await _client.SignInAsync("google", SignInClient.Profile(NewSubject(), null));
        var client = Authorized(fixture.Factory.CreateClient(), me.GetProperty("token").GetString()!);

        var log = await client.GetFromJsonAsync<JsonElement>(new Uri("/auth/security-log", UriKind.Relative));

        log.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString())
            .ShouldBe(["sign_in", "login_linked", "account_created"], ignoreOrder: true);
        log.GetProperty("total").GetInt64().ShouldBe(3);
        var rows = await CountAsync(
            "SELECT count(*) FROM identity.security_events WHERE concat_ws(' ', detail, user_agent, ip) LIKE '%' || $1 || '%'",
            me.GetProperty("refresh_token").GetString()!);
        rows.ShouldBe(0);
        await ProblemAsync(await client.GetAsync(new Uri($"/auth/security-log?user_id={Guid.NewGuid()}", UriKind.Relative)), 403, "forbidden");
    }
}
