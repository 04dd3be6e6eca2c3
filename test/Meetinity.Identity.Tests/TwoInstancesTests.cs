using System.Net;
using Meetinity.TestKit;

namespace Meetinity.Identity.Tests;

public sealed class TwoInstancesTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task A_sign_in_started_on_one_instance_completes_on_another()
    {
        await using var second = fixture.CreateFactory(fixture.ConnectionString);
        second.StartServer();
        var (authUrl, verifier) = await fixture.NewClient().StartAsync("google");
        var code = fixture.Provider.Authorize(authUrl, SignInClient.Profile(Guid.NewGuid().ToString("N"), null));

        var response = await fixture.NewClient(second).CallbackAsync("google", code, SignInClient.StateOf(authUrl), verifier);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var replayOnFirst = await fixture.NewClient().CallbackAsync("google", code, SignInClient.StateOf(authUrl), verifier);
        await IdentityFixture.ProblemAsync(replayOnFirst, 400, "invalid_state");
    }
}
