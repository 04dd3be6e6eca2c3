using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;

namespace Meetinity.Profile.Tests;

public sealed class ConnectionTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private static async Task<JsonElement> RequestAsync(HttpClient client, Guid to, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(new Uri("/connections", UriKind.Relative), new { user_id = to });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    private static Guid IdOf(JsonElement response) => response.GetProperty("connection").GetProperty("id").GetGuid();

    [Fact]
    public async Task A_request_is_outgoing_for_one_incoming_for_the_other_and_accepted_for_both()
    {
        var (ada, adaId, _) = await fixture.SignInAsync(name: "Ada");
        var (grace, graceId, _) = await fixture.SignInAsync(name: "Grace");
        var request = await RequestAsync(ada, graceId);
        var connection = request.GetProperty("connection");
        connection.GetProperty("status").GetString().ShouldBe("pending");
        connection.GetProperty("direction").GetString().ShouldBe("outgoing");
        connection.GetProperty("user_id").GetGuid().ShouldBe(graceId);
        connection.GetProperty("user").GetProperty("name").GetString().ShouldBe("Grace");

        (await ada.GetJsonAsync("/connections?status=outgoing")).GetProperty("items").GetArrayLength().ShouldBe(1);
        var incoming = await grace.GetJsonAsync("/connections?status=incoming");
        incoming.GetProperty("items")[0].GetProperty("user").GetProperty("name").GetString().ShouldBe("Ada");
        (await grace.GetJsonAsync("/connections")).GetProperty("total").GetInt64().ShouldBe(0);

        (await ada.PostAsync(new Uri($"/connections/{IdOf(request)}/accept", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var accepted = await (await grace.PostAsync(new Uri($"/connections/{IdOf(request)}/accept", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        accepted.GetProperty("connection").GetProperty("status").GetString().ShouldBe("accepted");
        accepted.GetProperty("connection").GetProperty("accepted_at").ValueKind.ShouldBe(JsonValueKind.String);

        (await ada.GetJsonAsync("/connections?status=accepted")).GetProperty("items")[0].GetProperty("user_id").GetGuid().ShouldBe(graceId);
        (await grace.GetJsonAsync($"/users/{adaId}/connections")).GetProperty("items")[0].GetProperty("user_id").GetGuid().ShouldBe(graceId);
    }

    [Fact]
    public async Task No_duplicate_no_self_and_asking_back_accepts()
    {
        var (ada, adaId, _) = await fixture.SignInAsync();
        var (grace, graceId, _) = await fixture.SignInAsync();
        (await RequestAsync(ada, adaId, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("user_id", out _).ShouldBeTrue();
        await RequestAsync(ada, graceId);
        (await RequestAsync(ada, graceId, HttpStatusCode.Conflict)).GetProperty("error").GetString().ShouldBe("already_requested");
        (await RequestAsync(grace, adaId)).GetProperty("connection").GetProperty("status").GetString().ShouldBe("accepted");
        (await RequestAsync(grace, adaId, HttpStatusCode.Conflict)).GetProperty("error").GetString().ShouldBe("already_connected");
        (await RequestAsync(ada, Guid.NewGuid(), HttpStatusCode.NotFound)).GetProperty("error").GetString().ShouldBe("not_found");
        (await ada.PostAsJsonAsync(new Uri("/connections", UriKind.Relative), new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await fixture.ScalarAsync("SELECT count(*) FROM profile.connections WHERE requester_id IN ($1, $2)", adaId, graceId)).ShouldBe(1);
    }

    [Fact]
    public async Task Racing_requests_in_both_directions_leave_one_row()
    {
        var (ada, adaId, _) = await fixture.SignInAsync();
        var (grace, graceId, _) = await fixture.SignInAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => i % 2 == 0
            ? ada.PostAsJsonAsync(new Uri("/connections", UriKind.Relative), new { user_id = graceId })
            : grace.PostAsJsonAsync(new Uri("/connections", UriKind.Relative), new { user_id = adaId })));
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        (await fixture.ScalarAsync("SELECT count(*) FROM profile.connections WHERE requester_id IN ($1, $2)", adaId, graceId)).ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_two_people_act_on_a_connection_and_decline_or_remove_deletes_it()
    {
        var (ada, _, _) = await fixture.SignInAsync();
        var (grace, graceId, _) = await fixture.SignInAsync();
        var (mallory, _, _) = await fixture.SignInAsync();
        var id = IdOf(await RequestAsync(ada, graceId));

        (await mallory.PostAsync(new Uri($"/connections/{id}/accept", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mallory.PostAsync(new Uri($"/connections/{id}/decline", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mallory.DeleteAsync(new Uri($"/connections/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ada.PostAsync(new Uri($"/connections/{id}/decline", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await grace.PostAsync(new Uri($"/connections/{id}/decline", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await fixture.ScalarAsync("SELECT count(*) FROM profile.connections WHERE id = $1", id)).ShouldBe(0);

        var again = IdOf(await RequestAsync(ada, graceId));
        (await grace.PostAsync(new Uri($"/connections/{again}/accept", UriKind.Relative), null)).EnsureSuccessStatusCode();
        (await ada.DeleteAsync(new Uri($"/connections/{again}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await grace.GetJsonAsync("/connections")).GetProperty("total").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task A_users_connections_follow_their_visibility_and_bad_status_is_400()
    {
        var (ada, adaId, _) = await fixture.SignInAsync();
        var (grace, graceId, _) = await fixture.SignInAsync();
        var (stranger, _, _) = await fixture.SignInAsync();
        (await grace.PostAsync(new Uri($"/connections/{IdOf(await RequestAsync(ada, graceId))}/accept", UriKind.Relative), null)).EnsureSuccessStatusCode();

        (await stranger.GetJsonAsync($"/users/{adaId}/connections")).GetProperty("total").GetInt64().ShouldBe(1);
        (await ada.PutAsJsonAsync(new Uri($"/users/{adaId}/preferences", UriKind.Relative), new { profile_visibility = "connections" })).EnsureSuccessStatusCode();
        (await stranger.GetAsync(new Uri($"/users/{adaId}/connections", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await grace.GetJsonAsync($"/users/{adaId}/connections")).GetProperty("total").GetInt64().ShouldBe(1);

        (await grace.PutAsJsonAsync(new Uri($"/users/{graceId}/preferences", UriKind.Relative), new { profile_visibility = "private" })).EnsureSuccessStatusCode();
        (await ada.PutAsJsonAsync(new Uri($"/users/{adaId}/preferences", UriKind.Relative), new { profile_visibility = "public" })).EnsureSuccessStatusCode();
        (await stranger.GetJsonAsync($"/users/{adaId}/connections")).GetProperty("total").GetInt64().ShouldBe(0);

        (await (await ada.GetAsync(new Uri("/connections?status=blocked", UriKind.Relative))).ProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("status", out _).ShouldBeTrue();
        (await ada.GetAsync(new Uri("/connections?page=0", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
