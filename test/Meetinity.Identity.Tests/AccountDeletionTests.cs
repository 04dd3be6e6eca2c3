using System.Net;
using System.Net.Http.Json;
using Meetinity.Identity.Accounts;
using Meetinity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Meetinity.Identity.Tests;

public sealed class AccountDeletionTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private async Task<long> CountAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(id);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<bool> DeleteAsync(Guid id)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccountDeletion>().DeleteAsync(id, null, CancellationToken.None);
    }

    [Fact]
    public async Task A_deleted_account_loses_logins_sessions_and_tokens_and_may_sign_up_again_as_new()
    {
        var profile = SignInClient.Profile(Guid.NewGuid().ToString("N"), $"{Guid.NewGuid():N}@gmail.com");
        var signIn = await fixture.NewClient().SignInAsync("google", profile);
        var id = Guid.Parse(signIn.GetProperty("user").GetProperty("id").GetString()!);
        var token = signIn.GetProperty("token").GetString()!;

        (await DeleteAsync(id)).ShouldBeTrue();

        (await CountAsync("SELECT count(*) FROM identity.accounts WHERE id = $1", id)).ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM identity.external_logins WHERE user_id = $1", id)).ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM identity.sessions WHERE account_id = $1", id)).ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM identity.security_events WHERE account_id = $1 AND type = 'account_deleted'", id)).ShouldBe(1);
        await IdentityFixture.ProblemAsync(await fixture.Factory.CreateClient().PostAsJsonAsync(new Uri("/auth/verify", UriKind.Relative), new { token }), 401);
        await IdentityFixture.ProblemAsync(await fixture.Factory.CreateClient().PostAsJsonAsync(new Uri("/auth/refresh", UriKind.Relative),
            new { refresh_token = signIn.GetProperty("refresh_token").GetString() }), 401);
        var again = await fixture.NewClient().SignInAsync("google", profile);
        again.GetProperty("user").GetProperty("id").GetString().ShouldNotBe(id.ToString());
    }

    [Fact]
    public async Task Deleting_an_unknown_account_changes_nothing()
    {
        (await DeleteAsync(Guid.NewGuid())).ShouldBeFalse();
    }

    [Fact]
    public async Task A_deleted_accounts_token_is_refused_by_protected_endpoints()
    {
        var signIn = await fixture.NewClient().SignInAsync("google", SignInClient.Profile(Guid.NewGuid().ToString("N"), null));
        var client = IdentityFixture.Authorized(fixture.Factory.CreateClient(), signIn.GetProperty("token").GetString()!);

        await DeleteAsync(Guid.Parse(signIn.GetProperty("user").GetProperty("id").GetString()!));

        var refused = false;
        for (var attempt = 0; attempt < 30 && !refused; attempt++)
        {
            refused = (await client.GetAsync(new Uri("/auth/sessions", UriKind.Relative))).StatusCode == HttpStatusCode.Unauthorized;
            await Task.Delay(250);
        }

        refused.ShouldBeTrue();
    }
}
