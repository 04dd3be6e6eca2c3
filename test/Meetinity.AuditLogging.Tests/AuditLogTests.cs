using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;

namespace Meetinity.AuditLogging.Tests;

public sealed class AuditLogTests(AuditFixture fixture) : IClassFixture<AuditFixture>
{
    [Fact]
    public async Task A_sign_in_is_a_security_event_in_both_logs_and_no_token_is_in_either()
    {
        var (client, id, signIn) = await fixture.SignInAsync();
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);

        (await fixture.EventuallyAsync(1, "SELECT count(*) FROM audit.audit_logs WHERE kind = 'security' AND action = 'sign_in' AND actor_id = $1", id)).ShouldBe(1);
        var page = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/audit-logs?actor={id}&action=sign_in", UriKind.Relative));
        page.GetProperty("total").GetInt64().ShouldBe(1);
        page.GetProperty("items")[0].GetProperty("detail").GetString().ShouldBe("provider=google");
        var own = await client.GetFromJsonAsync<JsonElement>(new Uri("/auth/security-log", UriKind.Relative));
        own.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("type").GetString() == "sign_in");
        foreach (var secret in new[] { signIn.GetProperty("token").GetString()!, signIn.GetProperty("refresh_token").GetString()! })
        {
            (await fixture.ScalarAsync("SELECT count(*) FROM audit.audit_logs WHERE audit_logs::text LIKE '%' || $1 || '%'", secret)).ShouldBe(0);
            (await fixture.ScalarAsync("SELECT count(*) FROM identity.security_events WHERE security_events::text LIKE '%' || $1 || '%'", secret)).ShouldBe(0);
        }
    }

    [Fact]
    public async Task A_role_change_is_audited_with_its_old_and_new_value()
    {
        var (admin, adminId, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);
        var (_, userId, _) = await fixture.SignInAsync();

        (await admin.PutAsJsonAsync(new Uri($"/users/{userId}/role", UriKind.Relative), new { role = "admin" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await fixture.EventuallyAsync(1, "SELECT count(*) FROM audit.audit_logs WHERE kind = 'security' AND action = 'role_changed' AND target_id = $1 AND actor_id = $2", userId.ToString(), adminId)).ShouldBe(1);
        (await fixture.EventuallyAsync(1, """
            SELECT count(*) FROM audit.audit_logs, jsonb_array_elements(changes) AS change
            WHERE kind = 'request' AND target_id = $1 AND actor_id = $2 AND status = 200
              AND change->>'Property' = 'role' AND change->>'OldValue' = 'user' AND change->>'NewValue' = 'admin'
            """, userId.ToString(), adminId)).ShouldBe(1);
    }

    [Fact]
    public async Task Sensitive_values_in_entity_changes_are_masked()
    {
        await fixture.SignInAsync();

        (await fixture.EventuallyAsync(1, """
            SELECT count(*) FROM audit.audit_logs, jsonb_array_elements(changes) AS change
            WHERE change->>'Property' = 'hash' AND change->>'NewValue' = '***'
            """)).ShouldBeGreaterThanOrEqualTo(1);
        (await fixture.ScalarAsync("""
            SELECT count(*) FROM audit.audit_logs, jsonb_array_elements(changes) AS change
            WHERE change->>'Property' IN ('hash', 'security_stamp', 'concurrency_stamp', 'password_hash', 'properties', 'client_challenge')
              AND change->>'NewValue' <> '***'
            """)).ShouldBe(0);
    }

    [Fact]
    public async Task Only_admins_read_the_audit_log()
    {
        var (user, _, _) = await fixture.SignInAsync();

        (await user.GetAsync(new Uri("/audit-logs", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Factory.CreateClient().GetAsync(new Uri("/audit-logs", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("?outcome=maybe", "outcome")]
    [InlineData("?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("?page=0", "page")]
    public async Task Bad_filters_are_400s(string query, string field)
    {
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);

        var response = await admin.GetAsync(new Uri("/audit-logs" + query, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Filters_narrow_the_list_newest_first()
    {
        var (admin, adminId, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);
        await fixture.EventuallyAsync(1, "SELECT count(*) FROM audit.audit_logs WHERE actor_id = $1", adminId);

        var failures = await admin.GetFromJsonAsync<JsonElement>(new Uri("/audit-logs?outcome=failure&per_page=100", UriKind.Relative));
        var recent = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/audit-logs?from={DateTimeOffset.UtcNow.AddHours(1):yyyy-MM-ddTHH:mm:ssZ}", UriKind.Relative));
        var all = await admin.GetFromJsonAsync<JsonElement>(new Uri("/audit-logs?per_page=100", UriKind.Relative));

        failures.GetProperty("items").EnumerateArray().ShouldAllBe(e => e.GetProperty("outcome").GetString() == "failure");
        recent.GetProperty("total").GetInt64().ShouldBe(0);
        var times = all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("occurred_at").GetDateTimeOffset()).ToList();
        times.ShouldBe(times.OrderByDescending(t => t).ToList());
    }

    [Fact]
    public async Task No_endpoint_changes_or_deletes_a_record()
    {
        var (admin, _, _) = await fixture.SignInAsync(ServiceFixture.AdminEmail);

        foreach (var method in new[] { HttpMethod.Delete, HttpMethod.Put, HttpMethod.Post, HttpMethod.Patch })
        {
            var response = await admin.SendAsync(new HttpRequestMessage(method, new Uri("/audit-logs", UriKind.Relative)));
            response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        }
    }
}
