using Meetinity.TestKit;

namespace Meetinity.Identity.Tests;

public sealed class StartupConfigurationTests
{
    private static async Task<string> FailureAsync(Dictionary<string, string?> settings) =>
        await MeetinityHostFactory.StartupFailureAsync(await TestServers.CreateDatabaseAsync(), settings);

    [Theory]
    [InlineData("Jwt:Algorithm", "none", "JWT_ALGO")]
    [InlineData("Jwt:Algorithm", "HS1024", "JWT_ALGO")]
    [InlineData("Jwt:Secret", "short-secret", "JWT_SECRET")]
    [InlineData("Jwt:AccessTokenMinutes", "0", "JWT_TTL_MIN")]
    [InlineData("Jwt:RefreshTokenDays", "x", "REFRESH_TTL_DAYS")]
    [InlineData("Jwt:SessionMaxDays", "-1", "SESSION_MAX_DAYS")]
    [InlineData("Identity:AllowedRedirects", "not a uri", "ALLOWED_REDIRECTS")]
    [InlineData("Google:ClientId", "id-without-secret", "GOOGLE_CLIENT_SECRET")]
    public async Task Unusable_token_and_provider_settings_stop_start_up(string key, string value, string variable)
    {
        (await FailureAsync(new() { [key] = value })).ShouldContain(variable);
    }

    [Fact]
    public async Task A_missing_secret_stops_start_up_outside_development()
    {
        (await FailureAsync(new() { ["Jwt:Secret"] = string.Empty })).ShouldContain("JWT_SECRET");
    }

    [Fact]
    public async Task Hs512_needs_a_64_byte_secret()
    {
        (await FailureAsync(new() { ["Jwt:Algorithm"] = "HS512" })).ShouldContain("at least 64 bytes");
    }

    [Theory]
    [InlineData("RS256")]
    [InlineData("ES256")]
    public async Task Asymmetric_algorithms_need_a_readable_key(string algorithm)
    {
        (await FailureAsync(new() { ["Jwt:Algorithm"] = algorithm })).ShouldContain("JWT_SIGNING_KEY_FILE");
        (await FailureAsync(new() { ["Jwt:Algorithm"] = algorithm, ["Jwt:SigningKeyFile"] = "/nonexistent.pem" })).ShouldContain("cannot be read");
    }

    [Fact]
    public async Task A_key_of_the_wrong_kind_is_refused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wrong-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(file, System.Security.Cryptography.RSA.Create(2048).ExportPkcs8PrivateKeyPem());

        (await FailureAsync(new() { ["Jwt:Algorithm"] = "ES256", ["Jwt:SigningKeyFile"] = file })).ShouldContain("P-256");
    }
}
