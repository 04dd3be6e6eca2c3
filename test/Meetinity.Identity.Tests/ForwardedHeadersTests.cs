using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;

namespace Meetinity.Identity.Tests;

public sealed class TrustedProxyFixture : IdentityFixture
{
    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["App:TrustedProxies"] = "127.0.0.1";
        return settings;
    }
}

/// <summary>The client IP recorded (and rate-limited) is the forwarded one only behind a configured proxy.</summary>
public sealed class ForwardedHeadersTests(TrustedProxyFixture trusted, IdentityFixture untrusted)
    : IClassFixture<TrustedProxyFixture>, IClassFixture<IdentityFixture>
{
    private static async Task<string?> RecordedIpAsync(IdentityFixture fixture)
    {
        var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var signIn = await new SignInClient(client, fixture.Provider).SignInAsync("google", SignInClient.Profile(Guid.NewGuid().ToString("N"), null));
        var reader = IdentityFixture.Authorized(fixture.Factory.CreateClient(), signIn.GetProperty("token").GetString()!);
        var log = await reader.GetFromJsonAsync<JsonElement>(new Uri("/auth/security-log", UriKind.Relative));
        return log.GetProperty("items").EnumerateArray().First(e => e.GetProperty("type").GetString() == "sign_in").GetProperty("ip").GetString();
    }

    [Fact]
    public async Task A_configured_proxy_is_believed()
    {
        (await RecordedIpAsync(trusted)).ShouldBe("203.0.113.7");
    }

    [Fact]
    public async Task Anyone_else_cannot_spoof_their_address()
    {
        (await RecordedIpAsync(untrusted)).ShouldBe("127.0.0.1");
    }
}
