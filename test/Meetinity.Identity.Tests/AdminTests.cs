using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;
using static Meetinity.Identity.Tests.IdentityFixture;

namespace Meetinity.Identity.Tests;

public sealed class AdminTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private readonly SignInClient _client = fixture.NewClient();

    private Task<JsonElement> SignInAsync(string? email = null) =>
        _client.SignInAsync("google", SignInClient.Profile(Guid.NewGuid().ToString("N"), email));

    private HttpClient As(JsonElement signIn) => Authorized(fixture.Factory.CreateClient(), signIn.GetProperty("token").GetString()!);

    private static string Id(JsonElement signIn) => signIn.GetProperty("user").GetProperty("id").GetString()!;

    [Fact]
    public async Task Admin_emails_sign_in_as_admins()
    {
        var admin = await SignInAsync(AdminEmail);

        admin.GetProperty("user").GetProperty("role").GetString().ShouldBe("admin");
    }

    [Fact]
    public async Task An_admin_changes_roles_and_the_change_is_logged()
    {
        var admin = await SignInAsync(AdminEmail);
        var user = await SignInAsync();

        var response = await As(admin).PutAsJsonAsync(new Uri($"/users/{Id(user)}/role", UriKind.Relative), new { role = "admin" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetProperty("role").GetString().ShouldBe("admin");
        var log = await As(admin).GetFromJsonAsync<JsonElement>(new Uri($"/auth/security-log?user_id={Id(user)}", UriKind.Relative));
        log.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("type").GetString() == "role_changed"
            && e.GetProperty("detail").GetString()!.StartsWith("user -> admin", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"role\": \"superuser\"}")]
    [InlineData("{}")]
    [InlineData("{\"role\": 1}")]
    public async Task Unknown_roles_are_refused(string body)
    {
        var admin = await SignInAsync(AdminEmail);
        var user = await SignInAsync();

        var response = await As(admin).PutAsync(new Uri($"/users/{Id(user)}/role", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAsync(response, 400, "validation_failed");
    }

    [Fact]
    public async Task Users_are_not_admins()
    {
        var user = await SignInAsync();
        var other = await SignInAsync();

        await ProblemAsync(await As(user).PutAsJsonAsync(new Uri($"/users/{Id(user)}/role", UriKind.Relative), new { role = "admin" }), 403, "forbidden");
        await ProblemAsync(await As(user).PutAsJsonAsync(new Uri($"/users/{Id(other)}/suspension", UriKind.Relative), new { suspended = true }), 403, "forbidden");
    }

    [Fact]
    public async Task Unknown_users_are_404()
    {
        var admin = await SignInAsync(AdminEmail);

        await ProblemAsync(await As(admin).PutAsJsonAsync(new Uri($"/users/{Guid.NewGuid()}/role", UriKind.Relative), new { role = "user" }), 404);
    }

    [Fact]
    public async Task Suspension_ends_sessions_blocks_sign_in_and_reinstatement_restores_it()
    {
        var admin = await SignInAsync(AdminEmail);
        var subject = Guid.NewGuid().ToString("N");
        var user = await _client.SignInAsync("google", SignInClient.Profile(subject, null));

        var suspended = await As(admin).PutAsJsonAsync(new Uri($"/users/{Id(user)}/suspension", UriKind.Relative), new { suspended = true, reason = "spam" });

        (await suspended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetProperty("suspended").GetBoolean().ShouldBeTrue();
        await ProblemAsync(await As(user).PostAsync(new Uri("/auth/verify", UriKind.Relative), null), 401);
        var refused = false;
        for (var waited = TimeSpan.Zero; !refused && waited <= TimeSpan.FromSeconds(6); waited += TimeSpan.FromMilliseconds(250))
        {
            refused = (await As(user).GetAsync(new Uri("/auth/profile", UriKind.Relative))).StatusCode == HttpStatusCode.Unauthorized;
            await Task.Delay(250);
        }

        refused.ShouldBeTrue("a suspended account's token is refused everywhere within the session check's cache window");
        await ProblemAsync(await fixture.Factory.CreateClient().PostAsJsonAsync(new Uri("/auth/refresh", UriKind.Relative),
            new { refresh_token = user.GetProperty("refresh_token").GetString() }), 401);
        await ProblemAsync(await _client.SignInResponseAsync("google", SignInClient.Profile(subject, null)), 403, "account_suspended");

        await As(admin).PutAsJsonAsync(new Uri($"/users/{Id(user)}/suspension", UriKind.Relative), new { suspended = false });
        (await _client.SignInResponseAsync("google", SignInClient.Profile(subject, null))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Admins_cannot_lock_themselves_out()
    {
        var admin = await SignInAsync(AdminEmail);

        await ProblemAsync(await As(admin).PutAsJsonAsync(new Uri($"/users/{Id(admin)}/role", UriKind.Relative), new { role = "user" }), 409);
        await ProblemAsync(await As(admin).PutAsJsonAsync(new Uri($"/users/{Id(admin)}/suspension", UriKind.Relative), new { suspended = true }), 409);
    }
}
