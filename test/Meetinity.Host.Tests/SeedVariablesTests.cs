using Meetinity.HttpApi.Host.Configuration;
using Microsoft.Extensions.Configuration;

namespace Meetinity.Host.Tests;

public sealed class SeedVariablesTests : IDisposable
{
    private readonly string _dotEnv = Path.Combine(Path.GetTempPath(), $"meetinity-{Guid.NewGuid():N}.env");

    public void Dispose() => File.Delete(_dotEnv);

    private static IConfiguration Build(System.Collections.IDictionary environment, string? dotEnv = null) =>
        new ConfigurationBuilder().Add(new SeedVariablesConfigurationSource(dotEnv, environment)).Build();

    [Fact]
    public void The_original_variable_names_set_dotnet_keys()
    {
        var configuration = Build(new Dictionary<string, string>
        {
            ["DATABASE_URL"] = "postgresql+psycopg://u:p@h:5432/d",
            ["JWT_TTL_MIN"] = "30",
            ["REDIS_CACHE_TTL"] = "60",
            ["UNRELATED"] = "x",
        });

        configuration["Database:Url"].ShouldBe("postgresql+psycopg://u:p@h:5432/d");
        configuration["Jwt:AccessTokenMinutes"].ShouldBe("30");
        configuration["Cache:TtlSeconds"].ShouldBe("60");
        configuration["UNRELATED"].ShouldBeNull();
    }

    [Fact]
    public void A_dotenv_file_fills_in_but_never_overrides_the_environment()
    {
        File.WriteAllText(_dotEnv, "APP_PORT=6001\nJWT_ALGO=HS512\nJwt__Issuer=from-file\n# a comment\nCORS_ORIGINS=\"https://a.example\"\n");

        var configuration = Build(new Dictionary<string, string> { ["APP_PORT"] = "7001" }, _dotEnv);

        configuration["App:Port"].ShouldBe("7001");
        configuration["Jwt:Algorithm"].ShouldBe("HS512");
        configuration["Jwt:Issuer"].ShouldBe("from-file");
        configuration["App:CorsOrigins"].ShouldBe("https://a.example");
    }

    [Fact]
    public void A_missing_dotenv_file_is_fine()
    {
        Build(new Dictionary<string, string>(), "/nonexistent/.env")["App:Port"].ShouldBeNull();
    }

    [Fact]
    public void Errors_name_the_original_variable()
    {
        SeedVariables.Describe("Database:Url").ShouldBe("DATABASE_URL (Database:Url)");
        SeedVariables.Describe("Other:Key").ShouldBe("Other:Key");
    }
}
