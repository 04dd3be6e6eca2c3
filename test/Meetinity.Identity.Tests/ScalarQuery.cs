using Npgsql;

namespace Meetinity.Identity.Tests;

/// <summary>Counts rows in the test database.</summary>
internal sealed class ScalarQuery(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection = new(connectionString);

    public async Task<long> CountAsync(string sql, params object[] values)
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            await _connection.OpenAsync();
        }

        await using var command = new NpgsqlCommand(sql, _connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
