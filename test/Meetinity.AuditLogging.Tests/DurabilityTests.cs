using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Meetinity.AuditLogging.Recording;
using Meetinity.DevServices;
using Meetinity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Meetinity.AuditLogging.Tests;

public sealed class DurabilityTests(AuditFixture fixture) : IClassFixture<AuditFixture>
{
    [Fact]
    public async Task The_retention_job_deletes_exactly_the_expired_records()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var database = await TestServers.CreateDatabaseAsync();
        await using var factory = new MeetinityHostFactory(database, new Dictionary<string, string?> { ["AuditLogging:RetentionDays"] = "30" },
            services => services.AddSingleton<TimeProvider>(clock));
        factory.StartServer();
        var now = clock.GetUtcNow();
        var ages = new[] { 31, 30.01, 29.99, 1, 0 };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(
                [.. ages.Select(days => new AuditRecord(Guid.CreateVersion7(), now.AddDays(-days), AuditKinds.Security, $"test-{days}", null, null, null,
                    null, null, null, null, AuditOutcomes.Success, null, null, null, null, []))], CancellationToken.None);
        }

        var deleted = await factory.Services.GetRequiredService<AuditRetention>().PurgeAsync(CancellationToken.None);

        deleted.ShouldBe(2);
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT string_agg(action, ',' ORDER BY action) FROM audit.audit_logs WHERE action LIKE 'test-%'", connection);
        (await command.ExecuteScalarAsync()).ShouldBe("test-0,test-1,test-29.99");
    }

    [Fact]
    public async Task A_thousand_concurrent_requests_leave_a_thousand_records_after_a_graceful_shutdown()
    {
        var database = await TestServers.CreateDatabaseAsync();
        var factory = new MeetinityHostFactory(database);
        factory.StartServer();
        var client = factory.CreateClient();
        var marker = $"load-{Guid.NewGuid():N}";
        client.DefaultRequestHeaders.UserAgent.ParseAdd(marker);

        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (_, ct) =>
        {
            var response = await client.PostAsJsonAsync(new Uri("/auth/verify", UriKind.Relative), new { token = "x" }, ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        });
        await factory.DisposeAsync();

        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM audit.audit_logs WHERE user_agent = $1 AND status = 401", connection);
        command.Parameters.AddWithValue(marker);
        (await command.ExecuteScalarAsync()).ShouldBe(1000L);
        await using var actions = new Npgsql.NpgsqlCommand("SELECT string_agg(DISTINCT action, ',') FROM audit.audit_logs WHERE user_agent = $1", connection);
        actions.Parameters.AddWithValue(marker);
        (await actions.ExecuteScalarAsync()).ShouldBe("Token.Verify");
    }

    [Fact]
    public async Task Killing_the_process_loses_no_admin_or_security_record()
    {
        var port = FreeTcpPort.Find();
        var host = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(host);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DATABASE_URL"] = fixture.ConnectionString;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["JWT_SECRET"] = MeetinityHostFactory.TestSecret;
        foreach (var (key, value) in fixture.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        var signIn = new SignInClient(http, fixture.Provider);
        var admin = await signIn.SignInAsync("google", SignInClient.Profile(Guid.NewGuid().ToString("N"), ServiceFixture.AdminEmail));
        var user = await signIn.SignInAsync("google", SignInClient.Profile(Guid.NewGuid().ToString("N"), null));
        var userId = user.GetProperty("user").GetProperty("id").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/users/{userId}/suspension", UriKind.Relative))
        {
            Content = JsonContent.Create(new { suspended = true, reason = "kill test" }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", admin.GetProperty("token").GetString());

        (await http.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
        process.Kill();
        await process.WaitForExitAsync();

        (await fixture.EventuallyAsync(1, "SELECT count(*) FROM audit.audit_logs WHERE kind = 'security' AND action = 'suspended' AND target_id = $1", userId))
            .ShouldBe(1, "the surviving instance delivers what the killed one left in its outbox");
        (await fixture.ScalarAsync("SELECT count(*) FROM identity.security_events WHERE type = 'suspended' AND account_id = $1", Guid.Parse(userId))).ShouldBe(1);
    }
}
