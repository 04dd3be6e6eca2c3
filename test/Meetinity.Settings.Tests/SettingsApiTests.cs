using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Meetinity.TestKit;

namespace Meetinity.Settings.Tests;

public sealed class SettingsFixture : ServiceFixture;

public sealed class SettingsApiTests(SettingsFixture fixture) : IClassFixture<SettingsFixture>
{
    private static StringContent Value(string json) => new($"{{\"value\": {json}}}", Encoding.UTF8, "application/json");

    private static async Task<JsonElement> SettingAsync(HttpClient admin, string name)
    {
        var list = await admin.GetFromJsonAsync<JsonElement>(new Uri("/settings", UriKind.Relative));
        return list.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Every_setting_is_listed_with_value_default_source_and_description_and_secrets_stay_hidden()
    {
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);

        var text = await admin.GetStringAsync(new Uri("/settings", UriKind.Relative));
        var retention = await SettingAsync(admin, "AuditLogging.RetentionDays");
        var secret = await SettingAsync(admin, "Identity.JwtSecret");
        var clientSecret = await SettingAsync(admin, "Identity.GoogleClientSecret");

        retention.GetProperty("value").GetString().ShouldBe("365");
        retention.GetProperty("default_value").GetString().ShouldBe("365");
        retention.GetProperty("source").GetString().ShouldBe("default");
        retention.GetProperty("description").GetString().ShouldNotBeNullOrEmpty();
        secret.GetProperty("value").GetString().ShouldBe("set");
        secret.GetProperty("source").GetString().ShouldBe("configuration");
        secret.GetProperty("configuration_only").GetBoolean().ShouldBeTrue();
        clientSecret.GetProperty("value").GetString().ShouldBe("set");
        text.ShouldNotContain(MeetinityHostFactory.TestSecret);
        text.ShouldNotContain(FakeOAuthProvider.ClientSecret);
        (await SettingAsync(admin, "Identity.AdminEmails")).GetProperty("value").GetString().ShouldBe(ServiceFixture.AdminEmail);
    }

    [Fact]
    public async Task A_change_is_stored_audited_and_a_reset_returns_to_configuration_or_default()
    {
        var (admin, adminId, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);

        var changed = await admin.PutAsync(new Uri("/settings/AuditLogging.RetentionDays", UriKind.Relative), Value("90"));

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("value").GetString().ShouldBe("90");
        body.GetProperty("source").GetString().ShouldBe("database");
        (await fixture.EventuallyAsync(1, """
            SELECT count(*) FROM audit.audit_logs, jsonb_array_elements(changes) AS change
            WHERE kind = 'setting' AND action = 'setting_changed' AND target_id = 'AuditLogging.RetentionDays' AND actor_id = $1
              AND change->>'OldValue' = '365' AND change->>'NewValue' = '90'
            """, adminId)).ShouldBe(1);

        var reset = await (await admin.DeleteAsync(new Uri("/settings/AuditLogging.RetentionDays", UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();

        reset.GetProperty("value").GetString().ShouldBe("365");
        reset.GetProperty("source").GetString().ShouldBe("default");
    }

    [Theory]
    [InlineData("Identity.AccessTokenMinutes", "0")]
    [InlineData("Identity.AccessTokenMinutes", "99999")]
    [InlineData("Identity.AccessTokenMinutes", "\"15\"")]
    [InlineData("Identity.AccessTokenMinutes", "1.5")]
    [InlineData("Identity.GoogleEnabled", "\"yes\"")]
    [InlineData("Identity.GoogleEnabled", "null")]
    public async Task An_invalid_value_is_refused_and_changes_nothing(string name, string json)
    {
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);
        var before = await SettingAsync(admin, name);
        var versions = await fixture.ScalarAsync("SELECT value FROM settings.version");

        var response = await admin.PutAsync(new Uri($"/settings/{name}", UriKind.Relative), Value(json));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("value")[0].GetString()!.ShouldContain(name);
        (await SettingAsync(admin, name)).GetProperty("value").GetString().ShouldBe(before.GetProperty("value").GetString());
        (await fixture.ScalarAsync("SELECT value FROM settings.version")).ShouldBe(versions);
    }

    [Theory]
    [InlineData("Identity.AllowedRedirects", "[\"https://evil.example/cb\"]")]
    [InlineData("Identity.AdminEmails", "[\"me@evil.example\"]")]
    [InlineData("Identity.JwtSecret", "\"my-own-secret-my-own-secret-my-own-secret\"")]
    public async Task Configuration_only_settings_cannot_be_changed(string name, string json)
    {
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);

        var response = await admin.PutAsync(new Uri($"/settings/{name}", UriKind.Relative), Value(json));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("configuration_only");
        (await fixture.ScalarAsync("SELECT count(*) FROM settings.setting_values WHERE name = $1", name)).ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_setting_is_404()
    {
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);

        (await admin.PutAsync(new Uri("/settings/No.Such", UriKind.Relative), Value("1"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Non_admins_get_403_on_every_admin_endpoint()
    {
        var (user, userId, _) = await fixture.SignInAsync();
        var requests = new (HttpMethod Method, string Path, string? Body)[]
        {
            (HttpMethod.Get, "/settings", null),
            (HttpMethod.Put, "/settings/AuditLogging.RetentionDays", "{\"value\": 1}"),
            (HttpMethod.Delete, "/settings/AuditLogging.RetentionDays", null),
            (HttpMethod.Get, "/audit-logs", null),
            (HttpMethod.Put, $"/users/{userId}/role", "{\"role\": \"admin\"}"),
            (HttpMethod.Put, $"/users/{userId}/suspension", "{\"suspended\": false}"),
        };

        foreach (var (method, path, body) in requests)
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
            {
                Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
            };
            var response = await user.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {path}");
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("forbidden");
        }
    }

    [Fact]
    public async Task A_change_on_one_instance_changes_the_next_sign_in_on_another_within_five_seconds()
    {
        await using var second = fixture.CreateFactory();
        second.StartServer();
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);

        (await admin.PutAsync(new Uri("/settings/Identity.AccessTokenMinutes", UriKind.Relative), Value("7"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var watch = Stopwatch.StartNew();
        var expiresIn = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(5) && expiresIn != 420)
        {
            expiresIn = (await fixture.SignInAsync(factory: second)).SignIn.GetProperty("expires_in").GetInt32();
        }

        try
        {
            expiresIn.ShouldBe(420);
        }
        finally
        {
            await admin.DeleteAsync(new Uri("/settings/Identity.AccessTokenMinutes", UriKind.Relative));
        }
    }

    [Fact]
    public async Task Turning_a_provider_off_stops_its_sign_in()
    {
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);
        await admin.PutAsync(new Uri("/settings/Identity.LinkedInEnabled", UriKind.Relative), Value("false"));
        try
        {
            var response = await fixture.Factory.CreateClient().PostAsJsonAsync(new Uri("/auth/linkedin", UriKind.Relative),
                new { client_challenge = SignInClient.ChallengeOf(SignInClient.NewVerifier()) });

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("provider_disabled");
        }
        finally
        {
            await admin.DeleteAsync(new Uri("/settings/Identity.LinkedInEnabled", UriKind.Relative));
        }
    }
}

public sealed class ConfiguredSettingsTests
{
    [Fact]
    public async Task A_configured_value_its_definition_refuses_stops_start_up()
    {
        await using var factory = new MeetinityHostFactory(await TestServers.CreateDatabaseAsync(),
            new Dictionary<string, string?> { ["AuditLogging:RetentionDays"] = "0" });

        var error = Should.Throw<Exception>(factory.StartServer);

        error.ToString().ShouldContain("AuditLogging:RetentionDays");
    }
}
