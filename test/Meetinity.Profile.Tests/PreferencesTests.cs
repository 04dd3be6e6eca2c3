using System.Net;
using System.Net.Http.Json;
using Meetinity.TestKit;

namespace Meetinity.Profile.Tests;

public sealed class PreferencesTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task Defaults_are_returned_and_a_partial_change_keeps_the_rest()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var defaults = await client.GetJsonAsync($"/users/{id}/preferences");
        defaults.GetProperty("language").GetString().ShouldBe("en");
        defaults.GetProperty("profile_visibility").GetString().ShouldBe("public");
        defaults.GetProperty("email_notifications").GetProperty("connection_requests").GetBoolean().ShouldBeTrue();

        var response = await client.PutAsJsonAsync(new Uri($"/users/{id}/preferences", UriKind.Relative),
            new { language = "pt-BR", timezone = "Europe/London", email_notifications = new { product = true } });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var stored = await client.GetJsonAsync($"/users/{id}/preferences");
        stored.GetProperty("language").GetString().ShouldBe("pt-BR");
        stored.GetProperty("timezone").GetString().ShouldBe("Europe/London");
        stored.GetProperty("email_notifications").GetProperty("product").GetBoolean().ShouldBeTrue();
        stored.GetProperty("email_notifications").GetProperty("connection_requests").GetBoolean().ShouldBeTrue();
        (await client.GetUserAsync(id)).GetProperty("preferences").GetProperty("language").GetString().ShouldBe("pt-BR");
    }

    [Theory]
    [InlineData("{\"language\": \"english!\"}", "language")]
    [InlineData("{\"timezone\": \"Mars/Olympus\"}", "timezone")]
    [InlineData("{\"timezone\": \"../../etc/passwd\"}", "timezone")]
    [InlineData("{\"profile_visibility\": \"friends\"}", "profile_visibility")]
    [InlineData("{\"theme\": \"dark\"}", "theme")]
    [InlineData("{\"email_notifications\": {\"spam\": true}}", "email_notifications.spam")]
    public async Task Bad_preferences_are_400_and_change_nothing(string body, string field)
    {
        var (client, id, _) = await fixture.SignInAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await client.PutAsync(new Uri($"/users/{id}/preferences", UriKind.Relative), content)).ProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        (await client.GetJsonAsync($"/users/{id}/preferences")).GetProperty("profile_visibility").GetString().ShouldBe("public");
    }

    [Fact]
    public async Task Only_the_user_and_admins_read_or_change_preferences()
    {
        var (_, id, _) = await fixture.SignInAsync();
        var (stranger, _, _) = await fixture.SignInAsync();
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);
        (await stranger.GetAsync(new Uri($"/users/{id}/preferences", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.PutAsJsonAsync(new Uri($"/users/{id}/preferences", UriKind.Relative), new { show_email = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PutAsJsonAsync(new Uri($"/users/{id}/preferences", UriKind.Relative), new { show_email = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetJsonAsync($"/users/{id}/preferences")).GetProperty("show_email").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Others_see_the_email_only_when_shown_and_a_private_profile_not_at_all()
    {
        var email = $"{Guid.NewGuid():N}@gmail.com";
        var (owner, id, _) = await fixture.SignInAsync(email);
        var (other, _, _) = await fixture.SignInAsync();
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);

        var hidden = await other.GetUserAsync(id);
        hidden.TryGetProperty("email", out _).ShouldBeFalse();
        hidden.TryGetProperty("preferences", out _).ShouldBeFalse();
        (await owner.GetUserAsync(id)).GetProperty("email").GetString().ShouldBe(email);

        (await owner.PutAsJsonAsync(new Uri($"/users/{id}/preferences", UriKind.Relative), new { show_email = true })).EnsureSuccessStatusCode();
        (await other.GetUserAsync(id)).GetProperty("email").GetString().ShouldBe(email);

        (await owner.PutAsJsonAsync(new Uri($"/users/{id}/preferences", UriKind.Relative), new { profile_visibility = "private" })).EnsureSuccessStatusCode();
        (await other.GetAsync(new Uri($"/users/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetUserAsync(id)).GetProperty("preferences").GetProperty("profile_visibility").GetString().ShouldBe("private");
        (await owner.GetUserAsync(id)).GetProperty("id").GetGuid().ShouldBe(id);
    }
}
