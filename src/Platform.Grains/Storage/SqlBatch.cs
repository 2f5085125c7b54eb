using System.Collections;
using System.Collections.Concurrent;
using System.Data;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Platform.Grains.Storage;

/// <summary>
/// Statements that run one after another in a transaction, sent in one round trip where the driver can batch them
/// (Npgsql: each round trip wakes the server process, and a write made ten of them) and one by one where a round trip
/// costs nothing (SQLite, in the process). Texts and parameters are written as for Dapper: <c>@name</c> and an object
/// whose properties give the values, converted as Dapper converts them (<see cref="StoredTypes"/>).
/// </summary>
public static partial class SqlBatch
{
    /// <summary>
    /// Runs <paramref name="statements"/> in order, then <paramref name="query"/>, within <paramref name="transaction"/>.
    /// Returns how many rows each statement changed, and the query's rows (each as its column values). A statement that
    /// itself returns rows (a lock taken with <c>SELECT</c>) keeps them to itself.
    /// </summary>
    public static async Task<(IReadOnlyList<int> Changed, IReadOnlyList<object[]> Rows)> RunThenQueryAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<(string Sql, object? Parameters)> statements, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(statements);
        if (!connection.CanCreateBatch)
        {
            var changed = new int[statements.Count];
            for (var i = 0; i < statements.Count; i++)
            {
                changed[i] = await connection.ExecuteAsync(new CommandDefinition(statements[i].Sql, statements[i].Parameters, transaction, cancellationToken: cancellationToken));
            }

            await using var single = await connection.ExecuteReaderAsync(new CommandDefinition(query, transaction: transaction, cancellationToken: cancellationToken));
            return (changed, await RowsAsync(single, cancellationToken));
        }

        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var (sql, parameters) in statements)
        {
            batch.BatchCommands.Add(Command(batch, sql, parameters));
        }

        batch.BatchCommands.Add(Command(batch, query, null));
        IReadOnlyList<object[]> rows = [];
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            // The reader passes over statements that return no rows; of those that do, the query comes last.
            do
            {
                rows = await RowsAsync(reader, cancellationToken);
            }
            while (await reader.NextResultAsync(cancellationToken));
        }

        return (batch.BatchCommands.Take(statements.Count).Select(c => c.RecordsAffected).ToArray(), rows);
    }

    private static async Task<IReadOnlyList<object[]>> RowsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<object[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return rows;
    }

    private static DbBatchCommand Command(DbBatch batch, string sql, object? parameters)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        if (parameters is DynamicParameters bag)
        {
            // Built with Add (a store's own bag): each value as it is; a null goes untyped, as Dapper sends it.
            foreach (var name in bag.ParameterNames)
            {
                var value = bag.Get<object?>(name);
                Add(command, name, value?.GetType() ?? typeof(object), value);
            }
        }
        else if (parameters is not null)
        {
            foreach (var property in Named(parameters.GetType(), sql))
            {
                Add(command, property.Name, property.PropertyType, property.GetValue(parameters));
            }
        }

        return command;
    }

    private static void Add(DbBatchCommand command, string name, Type declared, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        Bind(parameter, declared, value);
        command.Parameters.Add(parameter);
    }

    // As Dapper: a property becomes a parameter only when the text names it (@name, any case, then no letter, digit or _).
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo[]> NamedProperties = new();

    private static PropertyInfo[] Named(Type type, string sql) => NamedProperties.GetOrAdd((type, sql), key =>
    {
        var named = ParameterName().Matches(key.Item2).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return key.Item1.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && named.Contains(p.Name)).ToArray();
    });

    [GeneratedRegex(@"@([\p{L}\p{N}_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();

    /// <summary>Dapper's conversion: a stored type's text (<see cref="StoredTypes"/>), a null typed by its property.</summary>
    /// An enumeration is refused: Dapper would send its number, and every store writes <see cref="EnumText"/> instead.
    private static void Bind(DbParameter parameter, Type declared, object? value)
    {
        if (StoredTypes.HandlerFor(declared) is { } handler)
        {
            handler.SetValue(parameter, value ?? DBNull.Value);
            return;
        }

        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type == typeof(object))
        {
            parameter.Value = value ?? DBNull.Value;
            return;
        }

        parameter.DbType = type switch
        {
            _ when type == typeof(string) => DbType.String,
            _ when type == typeof(bool) => DbType.Boolean,
            _ when type == typeof(byte) => DbType.Byte,
            _ when type == typeof(short) => DbType.Int16,
            _ when type == typeof(int) => DbType.Int32,
            _ when type == typeof(long) => DbType.Int64,
            _ when type == typeof(double) => DbType.Double,
            _ when type == typeof(float) => DbType.Single,
            _ when type == typeof(decimal) => DbType.Decimal,
            _ when type == typeof(byte[]) => DbType.Binary,
            _ when typeof(IEnumerable).IsAssignableFrom(type) => throw new NotSupportedException($"A list parameter ({parameter.ParameterName}) cannot be sent in a batch."),
            _ => throw new NotSupportedException($"No batch conversion for a parameter of type {type.Name} ({parameter.ParameterName})."),
        };
        parameter.Value = value ?? DBNull.Value;
    }
}
