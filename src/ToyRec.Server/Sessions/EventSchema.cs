using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ToyRec.Server.Sessions;

/// <summary>
/// The event database's schema as a list of migrations. Version N is reached by running migrations 1..N in order,
/// each in its own transaction together with the row that records it, so a crash leaves a whole version or none.
/// </summary>
internal static class EventSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id TEXT NOT NULL,
            product_id TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('view', 'add_to_basket', 'remove_from_basket', 'purchase')),
            created_at TEXT NOT NULL
        );
        CREATE INDEX events_by_session ON events (session_id, id);
        """,
    ];

    /// <summary>The version this code writes.</summary>
    public static int Latest => Migrations.Length;

    /// <summary>Brings the database to <see cref="Latest"/> and returns the version it is at.</summary>
    public static int Migrate(SqliteConnection connection)
    {
        EventStore.Execute(connection,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        int current = CurrentVersion(connection);
        if (current > Latest)
        {
            throw new InvalidDataException($"The event database {connection.DataSource} has schema version " +
                $"{current}, newer than the {Latest} this server knows; use a newer server or another --db file.");
        }

        for (int version = current + 1; version <= Latest; version++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[version - 1] +
                ";\nINSERT INTO schema_version (version, applied_at) VALUES ($version, $at);";
            command.Parameters.AddWithValue("$version", version);
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        return CurrentVersion(connection);
    }

    private static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
