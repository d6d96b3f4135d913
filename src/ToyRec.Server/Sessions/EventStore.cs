using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ToyRec.Server.Sessions;

/// <summary>
/// Shopper events in SQLite. The file runs in WAL mode so readers never wait for the writer; writes go through one
/// connection under a lock (SQLite allows one writer at a time anyway), each insert its own transaction, so an
/// event the API acknowledged survives a crash of the server. With <c>synchronous = NORMAL</c> a commit is not
/// synced to disk at once: a power loss or an operating-system crash can lose the last few events, the price of
/// not waiting for the disk on every insert. The schema is created and migrated on open, guarded by a
/// <c>schema_version</c> table.
/// </summary>
public sealed class EventStore : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly SqliteCommand _insert;
    private readonly Lock _writeLock = new();
    private bool _disposed;

    /// <summary>Opens (or creates) the database and migrates its schema.</summary>
    /// <exception cref="InvalidDataException">The path is a folder, or a file that is not a SQLite database, or
    /// one SQLite cannot open.</exception>
    public EventStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(Path))
            throw new InvalidDataException($"'{path}' is a folder; expected a ToyRec event database file.");
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _writer = new SqliteConnection(_connectionString);
        try
        {
            _writer.Open();
            Execute(_writer, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;");
            SchemaVersion = EventSchema.Migrate(_writer);
            _insert = PrepareInsert(_writer);
        }
        catch (SqliteException e)
        {
            Release(_writer);
            throw new InvalidDataException($"'{path}' is not a ToyRec event database (SQLite: " +
                $"{SQLitePCL.raw.sqlite3_errstr(e.SqliteErrorCode).utf8_to_string()}).", e);
        }
        catch
        {
            // A schema newer than this ToyRec's, say: the file must not stay open (and locked) behind the error.
            Release(_writer);
            throw;
        }
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version after migration.</summary>
    public int SchemaVersion { get; }

    /// <summary>Stores one event and returns it with its id.</summary>
    public StoredEvent Append(string sessionId, string productId, string type)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(productId);
        if (!EventType.IsKnown(type))
            throw new ArgumentException($"Event type '{type}' is not one of {string.Join(", ", EventType.All)}.");
        var at = DateTimeOffset.UtcNow;
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _insert.Parameters["$session"].Value = sessionId;
            _insert.Parameters["$product"].Value = productId;
            _insert.Parameters["$type"].Value = type;
            _insert.Parameters["$at"].Value = at.ToString("O", CultureInfo.InvariantCulture);
            long id = (long)_insert.ExecuteScalar()!;
            return new StoredEvent(id, sessionId, productId, type, at);
        }
    }

    /// <summary>
    /// Stores an event only if <paramref name="allows"/> accepts the session's profile events
    /// (<see cref="ReadProfile"/> with <paramref name="window"/> views), and returns it, else null. The events are
    /// read and the event written under the write lock, so two requests cannot both pass a check that only one
    /// should (two removals of one basket item).
    /// </summary>
    public StoredEvent? AppendIf(string sessionId, string productId, string type, int window,
        Func<IReadOnlyList<StoredEvent>, bool> allows)
    {
        ArgumentNullException.ThrowIfNull(allows);
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return allows(ReadProfile(sessionId, window)) ? Append(sessionId, productId, type) : null;
        }
    }

    /// <summary>The latest <paramref name="limit"/> events of a session, oldest first.</summary>
    public IReadOnlyList<StoredEvent> Read(string sessionId, int limit) => Query(sessionId, limit,
        "WHERE session_id = $session ORDER BY id DESC LIMIT $limit");

    /// <summary>
    /// What a session's profile needs, oldest first: every basket and purchase event, however old, so that a
    /// basket is never forgotten, and of the views only those among its latest <paramref name="limit"/> events.
    /// </summary>
    public IReadOnlyList<StoredEvent> ReadProfile(string sessionId, int limit) => Query(sessionId, limit,
        "WHERE session_id = $session AND (type <> 'view' OR id IN (SELECT id FROM events WHERE session_id = " +
        "$session ORDER BY id DESC LIMIT $limit)) ORDER BY id DESC");

    private List<StoredEvent> Query(string sessionId, int limit, string where)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, session_id, product_id, type, created_at FROM events " + where;
        command.Parameters.AddWithValue("$session", sessionId);
        command.Parameters.AddWithValue("$limit", limit);
        var events = new List<StoredEvent>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                events.Add(new StoredEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                    reader.GetString(3), DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
            }
        }

        events.Reverse();
        return events;
    }

    /// <summary>How many events are stored, in one session or in all.</summary>
    public long Count(string? sessionId = null)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sessionId is null
            ? "SELECT COUNT(*) FROM events"
            : "SELECT COUNT(*) FROM events WHERE session_id = $session";
        if (sessionId is not null)
            command.Parameters.AddWithValue("$session", sessionId);
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
                return;
            _disposed = true;
            _insert.Dispose();
            _writer.Dispose();
            using var pooled = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(pooled);
        }
    }

    // Disposing a pooled connection only returns it to the pool; clearing the pool closes the file.
    private static void Release(SqliteConnection connection)
    {
        SqliteConnection.ClearPool(connection);
        connection.Dispose();
    }

    private static SqliteCommand PrepareInsert(SqliteConnection writer)
    {
        var insert = writer.CreateCommand();
        insert.CommandText =
            "INSERT INTO events (session_id, product_id, type, created_at) VALUES ($session, $product, $type, $at) " +
            "RETURNING id";
        insert.Parameters.Add("$session", SqliteType.Text);
        insert.Parameters.Add("$product", SqliteType.Text);
        insert.Parameters.Add("$type", SqliteType.Text);
        insert.Parameters.Add("$at", SqliteType.Text);
        insert.Prepare();
        return insert;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
