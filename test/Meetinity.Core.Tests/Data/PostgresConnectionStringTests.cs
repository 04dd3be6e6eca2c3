using Meetinity.Core.Data;
using Npgsql;

namespace Meetinity.Core.Tests.Data;

public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgresql+psycopg://user:p%40ss@db.example:6543/meetinity")]
    [InlineData("postgresql://user:p%40ss@db.example:6543/meetinity")]
    [InlineData("postgres://user:p%40ss@db.example:6543/meetinity")]
    [InlineData("Host=db.example;Port=6543;Username=user;Password=p@ss;Database=meetinity")]
    public void Every_form_gives_the_same_connection(string value)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Parse(value));

        builder.Host.ShouldBe("db.example");
        builder.Port.ShouldBe(6543);
        builder.Username.ShouldBe("user");
        builder.Password.ShouldBe("p@ss");
        builder.Database.ShouldBe("meetinity");
    }

    [Fact]
    public void Defaults_and_query_options_apply()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Parse(
            "postgresql://db.example/app?sslmode=verify-full&application_name=users&connect_timeout=7&unknown=1"));

        builder.Port.ShouldBe(5432);
        builder.Username.ShouldBeNull();
        builder.SslMode.ShouldBe(SslMode.VerifyFull);
        builder.ApplicationName.ShouldBe("users");
        builder.Timeout.ShouldBe(7);
    }

    [Theory]
    [InlineData("mysql://user:pass@host/db")]
    [InlineData("postgresql://")]
    [InlineData("postgresql://host/db?sslmode=sometimes")]
    [InlineData("postgresql://host/db?connect_timeout=soon")]
    [InlineData("not a url nor a connection string")]
    [InlineData("Database=meetinity")]
    [InlineData("Bogus Keyword=1")]
    public void Unusable_values_are_refused(string value)
    {
        Should.Throw<FormatException>(() => PostgresConnectionString.Parse(value));
    }
}
