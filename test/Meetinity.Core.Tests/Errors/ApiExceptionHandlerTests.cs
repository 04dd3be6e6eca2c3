using Meetinity.Core.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Meetinity.Core.Tests.Errors;

public sealed class ApiExceptionHandlerTests
{
    [Theory]
    [InlineData("23505")]
    [InlineData("40001")]
    public void A_concurrent_write_conflict_is_a_409_not_a_500(string sqlState)
    {
        var conflict = new DbUpdateException("save failed", new PostgresException("duplicate key value violates unique constraint \"ux_secret\"", "ERROR", "ERROR", sqlState));

        var problem = ApiExceptionHandler.ToProblem(conflict);

        problem.Status.ShouldBe(409);
        problem.Extensions["error"].ShouldBe("conflict");
        problem.Detail!.ShouldNotContain("ux_secret");
    }

    [Fact]
    public void Other_database_failures_stay_500s_without_details()
    {
        var failure = new DbUpdateException("save failed", new PostgresException("value too long for column \"secret_column\"", "ERROR", "ERROR", "22001"));

        var problem = ApiExceptionHandler.ToProblem(failure);

        problem.Status.ShouldBe(500);
        problem.Detail!.ShouldNotContain("secret_column");
    }
}
