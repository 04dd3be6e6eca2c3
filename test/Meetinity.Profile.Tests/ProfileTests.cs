using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;

namespace Meetinity.Profile.Tests;

public sealed class ProfileTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task A_new_account_has_a_profile_from_its_provider_and_sign_in_answers_the_whole_user()
    {
        var (client, id, signIn) = await fixture.SignInAsync($"{Guid.NewGuid():N}@gmail.com", name: "Grace Hopper");
        var signedInUser = signIn.GetProperty("user");
        signedInUser.GetProperty("name").GetString().ShouldBe("Grace Hopper");
        signedInUser.GetProperty("status").GetString().ShouldBe("active");
        signedInUser.GetProperty("preferences").GetProperty("profile_visibility").GetString().ShouldBe("public");

        var user = await client.GetUserAsync(id);
        user.GetProperty("id").GetGuid().ShouldBe(id);
        user.GetProperty("name").GetString().ShouldBe("Grace Hopper");
        user.GetProperty("role").GetString().ShouldBe("user");
        user.GetProperty("providers").EnumerateArray().Select(p => p.GetString()).ShouldBe(["google"]);
        (await fixture.ScalarAsync("SELECT count(*) FROM profile.profiles WHERE id = $1", id)).ShouldBe(1);
    }

    [Fact]
    public async Task The_owner_changes_only_the_fields_given_and_the_answer_and_auth_profile_show_them()
    {
        var (client, id, _) = await fixture.SignInAsync();
        await client.UpdateUserAsync(id, new { title = "Engineer", skills = new[] { "C#", "PostgreSQL", "c#" }, experience_years = 12 });
        var user = await client.UpdateUserAsync(id, new { company = "Analytical Engines", links = new Dictionary<string, string> { ["website"] = "https://ada.example" } });

        user.GetProperty("title").GetString().ShouldBe("Engineer");
        user.GetProperty("company").GetString().ShouldBe("Analytical Engines");
        user.GetProperty("skills").EnumerateArray().Select(s => s.GetString()).ShouldBe(["C#", "PostgreSQL"]);
        user.GetProperty("experience_years").GetInt32().ShouldBe(12);
        user.GetProperty("links").GetProperty("website").GetString().ShouldBe("https://ada.example");
        var profile = await client.GetJsonAsync("/auth/profile");
        profile.GetProperty("user").GetProperty("company").GetString().ShouldBe("Analytical Engines");

        var cleared = await client.UpdateUserAsync(id, new { title = "", skills = Array.Empty<string>() });
        cleared.GetProperty("title").ValueKind.ShouldBe(JsonValueKind.Null);
        cleared.GetProperty("skills").GetArrayLength().ShouldBe(0);
        cleared.GetProperty("company").GetString().ShouldBe("Analytical Engines");
    }

    [Fact]
    public async Task Another_user_cannot_change_or_delete_a_profile_but_an_admin_can()
    {
        var (owner, ownerId, _) = await fixture.SignInAsync();
        var (stranger, _, _) = await fixture.SignInAsync();
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);

        (await (await stranger.PutUserAsync(ownerId, new { title = "Hacked" })).ProblemAsync(HttpStatusCode.Forbidden))
            .GetProperty("error").GetString().ShouldBe("forbidden");
        (await stranger.DeleteAsync(new Uri($"/users/{ownerId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.GetUserAsync(ownerId)).GetProperty("title").ValueKind.ShouldBe(JsonValueKind.Null);

        (await admin.UpdateUserAsync(ownerId, new { title = "Moderated" })).GetProperty("title").GetString().ShouldBe("Moderated");
        (await admin.DeleteAsync(new Uri($"/users/{ownerId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.GetAsync(new Uri($"/users/{ownerId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("role", "\"admin\"")]
    [InlineData("email", "\"evil@example.com\"")]
    [InlineData("suspended", "true")]
    [InlineData("email_verified", "false")]
    [InlineData("id", "\"00000000-0000-0000-0000-000000000001\"")]
    [InlineData("created_at", "\"2020-01-01T00:00:00Z\"")]
    [InlineData("is_admin", "true")]
    public async Task Read_only_and_unknown_fields_are_refused_and_nothing_changes(string field, string value)
    {
        var (client, id, _) = await fixture.SignInAsync($"{Guid.NewGuid():N}@gmail.com");
        var before = await client.GetUserAsync(id);
        using var content = new StringContent($"{{\"title\": \"Changed\", \"{field}\": {value}}}", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PutAsync(new Uri($"/users/{id}", UriKind.Relative), content);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        var after = await client.GetUserAsync(id);
        after.GetProperty("title").ValueKind.ShouldBe(JsonValueKind.Null);
        after.GetProperty("role").GetString().ShouldBe(before.GetProperty("role").GetString());
        after.GetProperty("email").GetString().ShouldBe(before.GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("{\"status\": \"deleted\"}", "status")]
    [InlineData("{\"experience_years\": -1}", "experience_years")]
    [InlineData("{\"experience_years\": 81}", "experience_years")]
    [InlineData("{\"name\": \"a\\u0000b\"}", "name")]
    [InlineData("{\"title\": \"\\ud800\"}", "title")]
    [InlineData("{\"links\": {\"website\": \"javascript:alert(1)\"}}", "links.website")]
    [InlineData("{\"links\": {\"Bad Name\": \"https://x.example\"}}", "links.Bad Name")]
    [InlineData("{\"preferences\": {\"profile_visibility\": \"everyone\"}}", "preferences.profile_visibility")]
    public async Task Bad_values_are_400_naming_the_field(string body, string field)
    {
        var (client, id, _) = await fixture.SignInAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await client.PutAsync(new Uri($"/users/{id}", UriKind.Relative), content)).ProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Too_long_and_too_many_values_are_refused()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var problem = await (await client.PutUserAsync(id, new { bio = new string('x', ProfileConsts.MaxBioLength + 1), skills = Enumerable.Range(0, ProfileConsts.MaxSkills + 1).Select(i => $"s{i}") }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("bio", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("skills", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_a_current_one_succeeds()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var read = await client.GetAsync(new Uri($"/users/{id}", UriKind.Relative));
        var etag = read.Headers.ETag!.Tag;

        var first = await client.PutUserAsync(id, new { title = "First" }, etag);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.ETag!.Tag.ShouldNotBe(etag);
        var stale = await client.PutUserAsync(id, new { title = "Second" }, etag);
        (await stale.ProblemAsync(HttpStatusCode.PreconditionFailed)).GetProperty("error").GetString().ShouldBe("precondition_failed");
        (await client.PutUserAsync(id, new { title = "Third" }, "\"not-a-version\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await client.GetUserAsync(id)).GetProperty("title").GetString().ShouldBe("First");
        (await client.PutUserAsync(id, new { title = "Fourth" }, first.Headers.ETag.Tag)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Racing_writers_with_the_same_if_match_have_exactly_one_winner_whose_value_stays()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var etag = (await client.GetAsync(new Uri($"/users/{id}", UriKind.Relative))).Headers.ETag!.Tag;

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.PutUserAsync(id, new { title = $"Writer {i}" }, etag)));

        var winners = responses.Select((r, i) => (r, i)).Where(x => x.r.StatusCode == HttpStatusCode.OK).ToList();
        winners.Count.ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).ShouldBe(11);
        (await client.GetUserAsync(id)).GetProperty("title").GetString().ShouldBe($"Writer {winners[0].i}");
    }

    [Fact]
    public async Task Racing_writers_without_if_match_all_succeed_and_one_of_their_values_remains()
    {
        var (client, id, _) = await fixture.SignInAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.PutUserAsync(id, new { company = $"Company {i}", experience_years = i })));
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var user = await client.GetUserAsync(id);
        var company = user.GetProperty("company").GetString()!;
        company.ShouldStartWith("Company ");
        user.GetProperty("experience_years").GetInt32().ShouldBe(int.Parse(company["Company ".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Deleting_oneself_removes_profile_account_and_connections_and_tokens_stop_working()
    {
        var (client, id, signIn) = await fixture.SignInAsync();
        var (friend, friendId, _) = await fixture.SignInAsync();
        var request = await client.PostAsJsonAsync(new Uri("/connections", UriKind.Relative), new { user_id = friendId });
        request.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.DeleteAsync(new Uri($"/users/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await fixture.ScalarAsync("SELECT count(*) FROM profile.profiles WHERE id = $1", id)).ShouldBe(0);
        (await fixture.ScalarAsync("SELECT count(*) FROM profile.connections WHERE requester_id = $1 OR addressee_id = $1", id)).ShouldBe(0);
        (await fixture.ScalarAsync("SELECT count(*) FROM identity.accounts WHERE id = $1", id)).ShouldBe(0);
        var verify = await fixture.Factory.CreateClient().PostAsJsonAsync(new Uri("/auth/verify", UriKind.Relative), new { token = signIn.GetProperty("token").GetString() });
        verify.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await friend.GetAsync(new Uri($"/users/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_users_are_404_and_a_profile_update_is_audited_with_its_changed_fields()
    {
        var (client, id, _) = await fixture.SignInAsync();
        (await (await client.GetAsync(new Uri($"/users/{Guid.NewGuid()}", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound))
            .GetProperty("error").GetString().ShouldBe("not_found");
        (await client.GetAsync(new Uri("/users/not-a-uuid", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await client.UpdateUserAsync(id, new { title = "Audited Title" });

        var audited = await fixture.EventuallyAsync(1, """
            SELECT count(*) FROM audit.audit_logs a, jsonb_array_elements(a.changes) c
            WHERE a.http_method = 'PUT' AND a.path = $1 AND c->>'Property' = 'title' AND c->>'NewValue' = 'Audited Title'
            """, $"/users/{id}");
        audited.ShouldBe(1);
    }
}
