using System.Net;
using Meetinity.Core.Caching;

namespace Meetinity.Core.Tests.Caching;

public sealed class RedisConnectionStringTests
{
    [Fact]
    public void A_url_gives_host_port_password_and_database()
    {
        var options = RedisConnectionString.Parse("redis://:s%3Acret@cache.example:6380/2");

        options.EndPoints.Single().ShouldBe(new DnsEndPoint("cache.example", 6380));
        options.Password.ShouldBe("s:cret");
        options.DefaultDatabase.ShouldBe(2);
        options.Ssl.ShouldBeFalse();
        options.AbortOnConnectFail.ShouldBeFalse();
    }

    [Fact]
    public void Rediss_means_tls_and_user_names_are_kept()
    {
        var options = RedisConnectionString.Parse("rediss://app:pw@cache.example");

        options.Ssl.ShouldBeTrue();
        options.User.ShouldBe("app");
        options.Password.ShouldBe("pw");
        options.EndPoints.Single().ShouldBe(new DnsEndPoint("cache.example", 6379));
    }

    [Fact]
    public void A_password_alone_before_the_host_is_a_password()
    {
        RedisConnectionString.Parse("redis://secret@localhost").Password.ShouldBe("secret");
    }

    [Fact]
    public void A_configuration_string_is_accepted()
    {
        RedisConnectionString.Parse("localhost:6379,password=x").Password.ShouldBe("x");
    }

    [Theory]
    [InlineData("http://cache.example")]
    [InlineData("redis://cache.example/db")]
    [InlineData("redis://cache.example/-1")]
    [InlineData(",,,")]
    [InlineData("localhost:6379,unknownoption=1")]
    public void Unusable_values_are_refused(string value)
    {
        Should.Throw<FormatException>(() => RedisConnectionString.Parse(value));
    }
}
