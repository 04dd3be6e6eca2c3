using Meetinity.TestKit;

namespace Meetinity.Identity.Tests;

/// <summary>Counts rows in one test database (the test kit's <see cref="TestDatabase"/> bound to it).</summary>
internal sealed class ScalarQuery(string connectionString) : IAsyncDisposable
{
    public Task<long> CountAsync(string sql, params object[] values) => TestDatabase.ScalarAsync(connectionString, sql, values);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
