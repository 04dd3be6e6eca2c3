using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Meetinity.Identity.Tests;

public sealed class LocalAccountTests(LocalAccountsFixture fixture) : IClassFixture<LocalAccountsFixture>
{
    private const string Password = "correct horse battery staple";

    private static string NewEmail() => $"{Guid.NewGuid():N}@example.org";

    private async Task<JsonElement> BodyAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    [Fact]
    public async Task Register_mails_a_link_whose_token_verifies_once_and_then_login_signs_in()
    {
        var email = NewEmail();
        var register = await BodyAsync(await fixture.PostAsync("/auth/register", new { email, password = Password, name = "Ada Lovelace" }), HttpStatusCode.Accepted);
        register.GetProperty("status").GetString().ShouldBe("verification_sent");

        var mail = await fixture.Smtp.WaitForAsync(email, "Confirm your e-mail");
        mail.HtmlBody!.ShouldContain("Confirm my address");
        mail.TextBody!.ShouldContain($"{LocalAccountsFixture.FrontendUrl}/verify-email?token=");
        var token = FakeSmtpServer.TokenIn(mail);

        var early = await fixture.PostAsync("/auth/login", new { email, password = Password });
        (await ProblemAsync(early, 403, "email_not_verified")).ShouldNotBe(default);

        (await BodyAsync(await fixture.PostAsync("/auth/email/verify", new { token }), HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("email_verified");
        await ProblemAsync(await fixture.PostAsync("/auth/email/verify", new { token }), 400, "invalid_token");

        var login = await BodyAsync(await fixture.PostAsync("/auth/login", new { email, password = Password }), HttpStatusCode.OK);
        login.GetProperty("token").GetString().ShouldNotBeNullOrEmpty();
        login.GetProperty("refresh_token").GetString().ShouldNotBeNullOrEmpty();
        login.GetProperty("user").GetProperty("email").GetString().ShouldBe(email);
        login.GetProperty("user").GetProperty("email_verified").GetBoolean().ShouldBeTrue();
        login.GetProperty("user").GetProperty("name").GetString().ShouldBe("Ada Lovelace");
    }

    [Fact]
    public async Task Registering_a_taken_address_answers_the_same_and_mails_the_owner_instead()
    {
        var email = NewEmail();
        await fixture.RegisterAndLoginAsync(email, Password);
        var fresh = await fixture.PostAsync("/auth/register", new { email = NewEmail(), password = Password, name = "X" });
        var taken = await fixture.PostAsync("/auth/register", new { email, password = "another fine passphrase", name = "Mallory" });

        taken.StatusCode.ShouldBe(fresh.StatusCode);
        (await taken.Content.ReadAsStringAsync()).ShouldBe(await fresh.Content.ReadAsStringAsync());
        var notice = await fixture.Smtp.WaitForAsync(email, "Someone tried to sign up");
        notice.TextBody!.ShouldContain($"{LocalAccountsFixture.FrontendUrl}/reset-password?token=");
        await using var db = Scalar();
        (await db.CountAsync("SELECT count(*) FROM identity.accounts WHERE normalized_email = upper($1)", email)).ShouldBe(1);
    }

    [Theory]
    [InlineData("short", "too short")]
    [InlineData("password", "most common")]
    [InlineData("qwertyuiop", "most common")]
    [InlineData("Password1", "most common")]
    [InlineData("my ada lovelace secret", "e-mail address or name")]
    public async Task Weak_passwords_are_refused_saying_why(string password, string reason)
    {
        var response = await fixture.PostAsync("/auth/register", new { email = NewEmail(), password, name = "Ada Lovelace" });
        var problem = await ProblemAsync(response, 400, "validation_failed");
        problem.GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain(reason);
    }

    [Fact]
    public async Task A_password_containing_the_address_is_refused_and_long_unicode_passphrases_are_fine()
    {
        var email = NewEmail();
        var local = email.Split('@')[0];
        await ProblemAsync(await fixture.PostAsync("/auth/register", new { email, password = $"x{local}x", name = "N" }), 400, "validation_failed");
        var passphrase = "Ünïcödé pässwörds 🙂 are fine " + new string('z', 34);
        passphrase.Length.ShouldBeGreaterThanOrEqualTo(64);
        (await fixture.PostAsync("/auth/register", new { email, password = passphrase, name = "N" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Theory]
    [InlineData("{\"email\": \"not-an-address\", \"password\": \"long enough passphrase\"}", "email")]
    [InlineData("{\"email\": \"a@b.example\"}", "password")]
    [InlineData("{}", "email")]
    public async Task Malformed_registrations_are_400(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await fixture.Client().PostAsync(new Uri("/auth/register", UriKind.Relative), content);
        (await ProblemAsync(response, 400, "validation_failed")).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Wrong_password_unknown_address_and_locked_account_look_the_same_and_the_lock_lifts()
    {
        var email = NewEmail();
        await fixture.RegisterAndLoginAsync(email, Password);

        var unknown = await fixture.PostAsync("/auth/login", new { email = NewEmail(), password = Password });
        var wrong = await fixture.PostAsync("/auth/login", new { email, password = "not the password at all" });
        var unknownBody = await ProblemAsync(unknown, 401, "invalid_credentials");
        var wrongBody = await ProblemAsync(wrong, 401, "invalid_credentials");
        unknownBody.GetProperty("detail").GetString().ShouldBe(wrongBody.GetProperty("detail").GetString());

        for (var i = 1; i < 5; i++)
        {
            await ProblemAsync(await fixture.PostAsync("/auth/login", new { email, password = $"wrong guess {i}" }), 401, "invalid_credentials");
        }

        var locked = await ProblemAsync(await fixture.PostAsync("/auth/login", new { email, password = Password }), 401, "invalid_credentials");
        locked.GetProperty("detail").GetString().ShouldBe(wrongBody.GetProperty("detail").GetString());
        await using (var db = Scalar())
        {
            (await db.CountAsync("SELECT count(*) FROM identity.security_events e JOIN identity.accounts a ON a.id = e.account_id WHERE a.normalized_email = upper($1) AND e.type = 'locked_out'", email)).ShouldBe(1);
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        (await fixture.PostAsync("/auth/login", new { email, password = Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Forgot_answers_alike_mails_the_stored_address_and_reset_ends_every_session()
    {
        var email = NewEmail();
        var login = await fixture.RegisterAndLoginAsync(email, Password);
        var unknown = await fixture.PostAsync("/auth/password/forgot", new { email = NewEmail() });
        using var spoofed = new HttpRequestMessage(HttpMethod.Post, new Uri("/auth/password/forgot", UriKind.Relative)) { Content = JsonContent.Create(new { email = email.ToUpperInvariant() }) };
        spoofed.Headers.Host = "evil.example";
        var known = await fixture.Client().SendAsync(spoofed);
        known.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await known.Content.ReadAsStringAsync()).ShouldBe(await unknown.Content.ReadAsStringAsync());

        var mail = await fixture.Smtp.WaitForAsync(email, "Choose a new Meetinity password");
        mail.TextBody!.ShouldContain($"{LocalAccountsFixture.FrontendUrl}/reset-password?token=");
        mail.TextBody!.ShouldNotContain("evil.example");
        var token = FakeSmtpServer.TokenIn(mail);

        await ProblemAsync(await fixture.PostAsync("/auth/password/reset", new { email = NewEmail(), token, new_password = "a brand new passphrase" }), 400, "invalid_token");
        await ProblemAsync(await fixture.PostAsync("/auth/password/reset", new { email, token, new_password = "password" }), 400, "validation_failed");
        (await BodyAsync(await fixture.PostAsync("/auth/password/reset", new { email, token, new_password = "a brand new passphrase" }), HttpStatusCode.OK))
            .GetProperty("status").GetString().ShouldBe("password_reset");
        await ProblemAsync(await fixture.PostAsync("/auth/password/reset", new { email, token, new_password = "yet another passphrase" }), 400, "invalid_token");

        await ProblemAsync(await fixture.PostAsync("/auth/verify", new { token = login.GetProperty("token").GetString() }), 401);
        (await fixture.PostAsync("/auth/refresh", new { refresh_token = login.GetProperty("refresh_token").GetString() })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await ProblemAsync(await fixture.PostAsync("/auth/login", new { email, password = Password }), 401, "invalid_credentials");
        (await fixture.PostAsync("/auth/login", new { email, password = "a brand new passphrase" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = Scalar();
        (await db.CountAsync("SELECT count(*) FROM identity.security_events e JOIN identity.accounts a ON a.id = e.account_id WHERE a.normalized_email = upper($1) AND e.type = 'password_reset'", email)).ShouldBe(1);
    }

    [Fact]
    public async Task A_reset_link_expires()
    {
        var email = NewEmail();
        await fixture.RegisterAndLoginAsync(email, Password);
        (await fixture.PostAsync("/auth/password/forgot", new { email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var token = FakeSmtpServer.TokenIn(await fixture.Smtp.WaitForAsync(email, "Choose a new Meetinity password"));
        fixture.Clock.Advance(TimeSpan.FromMinutes(61));
        await ProblemAsync(await fixture.PostAsync("/auth/password/reset", new { email, token, new_password = "a brand new passphrase" }), 400, "invalid_token");
    }

    [Fact]
    public async Task A_new_verification_link_replaces_the_old_one()
    {
        var email = NewEmail();
        (await fixture.PostAsync("/auth/register", new { email, password = Password, name = "N" })).EnsureSuccessStatusCode();
        var first = FakeSmtpServer.TokenIn(await fixture.Smtp.WaitForAsync(email, "Confirm your e-mail"));
        (await fixture.PostAsync("/auth/email/resend", new { email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await fixture.PostAsync("/auth/email/resend", new { email = NewEmail() })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        for (var i = 0; i < 100 && fixture.Smtp.Messages.Count(m => m.To.Mailboxes.Any(b => b.Address == email)) < 2; i++)
        {
            await Task.Delay(100);
        }

        var second = FakeSmtpServer.TokenIn(fixture.Smtp.Messages.Last(m => m.To.Mailboxes.Any(b => b.Address == email)));
        second.ShouldNotBe(first);
        await ProblemAsync(await fixture.PostAsync("/auth/email/verify", new { token = first }), 400, "invalid_token");
        (await fixture.PostAsync("/auth/email/verify", new { token = second })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_ends_the_other_sessions()
    {
        var email = NewEmail();
        var first = await fixture.RegisterAndLoginAsync(email, Password);
        var second = await BodyAsync(await fixture.PostAsync("/auth/login", new { email, password = Password }), HttpStatusCode.OK);
        var client = Authorized(fixture.Client(), second.GetProperty("token").GetString()!);

        await ProblemAsync(await fixture.PostAsync("/auth/password/change", new { current_password = "wrong", new_password = "a brand new passphrase" }, client), 400, "validation_failed");
        (await fixture.PostAsync("/auth/password/change", new { current_password = Password, new_password = "a brand new passphrase" }, client)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ProblemAsync(await fixture.PostAsync("/auth/verify", new { token = first.GetProperty("token").GetString() }), 401);
        (await fixture.PostAsync("/auth/verify", new { token = second.GetProperty("token").GetString() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await fixture.Smtp.WaitForAsync(email, "password was changed");
        (await fixture.PostAsync("/auth/password/change", new { current_password = Password, new_password = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using var db = Scalar();
        (await db.CountAsync("SELECT count(*) FROM audit.audit_logs WHERE changes::text ILIKE '%brand new passphrase%'")).ShouldBe(0);
    }

    [Fact]
    public async Task An_account_made_with_google_sets_a_password_through_reset()
    {
        var email = $"{Guid.NewGuid():N}@gmail.com";
        await fixture.NewClient().SignInAsync("google", Meetinity.TestKit.SignInClient.Profile(Guid.NewGuid().ToString("N"), email));
        (await fixture.PostAsync("/auth/password/forgot", new { email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var token = FakeSmtpServer.TokenIn(await fixture.Smtp.WaitForAsync(email, "Choose a new Meetinity password"));
        (await fixture.PostAsync("/auth/password/reset", new { email, token, new_password = "a brand new passphrase" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var login = await BodyAsync(await fixture.PostAsync("/auth/login", new { email, password = "a brand new passphrase" }), HttpStatusCode.OK);
        login.GetProperty("user").GetProperty("providers").EnumerateArray().Select(p => p.GetString()).ShouldBe(["google"]);
    }

    [Fact]
    public async Task A_verified_provider_sign_in_takes_an_unverified_registration_over()
    {
        var email = $"{Guid.NewGuid():N}@gmail.com";
        (await fixture.PostAsync("/auth/register", new { email, password = Password, name = "Squatter" })).EnsureSuccessStatusCode();
        var signIn = await fixture.NewClient().SignInAsync("google", Meetinity.TestKit.SignInClient.Profile(Guid.NewGuid().ToString("N"), email));
        signIn.GetProperty("user").GetProperty("email").GetString().ShouldBe(email);
        await ProblemAsync(await fixture.PostAsync("/auth/login", new { email, password = Password }), 401, "invalid_credentials");
    }

    [Fact]
    public async Task Mail_bodies_are_stored_encrypted_and_erased_once_sent()
    {
        var email = NewEmail();
        (await fixture.PostAsync("/auth/register", new { email, password = Password, name = "N" })).EnsureSuccessStatusCode();
        var token = FakeSmtpServer.TokenIn(await fixture.Smtp.WaitForAsync(email, "Confirm your e-mail"));
        await using var db = Scalar();
        long sent = 0;
        for (var i = 0; i < 50 && sent == 0; i++)
        {
            // The SMTP server has the mail a moment before the dispatcher commits that it sent it.
            sent = await db.CountAsync("SELECT count(*) FROM identity.mail_queue WHERE \"to\" = $1 AND sent_at IS NOT NULL AND protected_content = ''", email);
            await Task.Delay(sent == 0 ? 100 : 0);
        }

        sent.ShouldBe(1);
        (await db.CountAsync("SELECT count(*) FROM identity.one_time_tokens WHERE encode(hash, 'escape') LIKE '%' || $1 || '%'", token)).ShouldBe(0);
    }

    private ScalarQuery Scalar() => new(fixture.ConnectionString);

    private static HttpClient Authorized(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status, string? error = null) =>
        IdentityFixture.ProblemAsync(response, status, error);
}
