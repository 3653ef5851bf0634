using Npgsql;

namespace Zeron.Tests.Shared;

/// <summary>Raw SQL for tests that look under the API (row counts, RLS checks, simulated faults).</summary>
public static class Sql
{
    public static async Task<T> ScalarAsync<T>(this NpgsqlConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(db, sql, parameters);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <returns>The number of rows affected.</returns>
    public static async Task<int> ExecuteAsync(this NpgsqlConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(db, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    private static NpgsqlCommand Command(NpgsqlConnection db, string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
