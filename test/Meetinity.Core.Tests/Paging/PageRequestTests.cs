using Meetinity.Core.Errors;
using Meetinity.Core.Paging;

namespace Meetinity.Core.Tests.Paging;

public sealed class PageRequestTests
{
    [Fact]
    public void Both_errors_are_reported_at_once()
    {
        var error = Should.Throw<RequestValidationException>(() => PageRequest.Parse("0", "x"));

        error.Errors.Keys.ShouldBe(["page", "per_page"], ignoreOrder: true);
    }

    [Fact]
    public void Skip_never_overflows()
    {
        new PageRequest(int.MaxValue, 100).Skip.ShouldBe(int.MaxValue);
        PageRequest.Default.Skip.ShouldBe(0);
    }

    [Theory]
    [InlineData(0, 0, "eq")]
    [InlineData(10_000, 10_000, "eq")]
    [InlineData(10_001, 10_000, "gte")]
    public void Counts_stop_at_the_limit(long counted, long total, string relation)
    {
        MatchCount.FromCapped(counted).ShouldBe(new MatchCount(total, relation));
    }
}
