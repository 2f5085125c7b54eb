using System.Data;

namespace Platform.Grains.Storage;

/// <summary>
/// Tells Dapper how ids, times and dates stored as TEXT are written and read, so rows map straight to records and
/// parameters take a <see cref="Guid"/> or a <see cref="LocalDate"/> as they are. Registered once, before the first
/// connection opens (<see cref="Database"/>). The texts are those written before the handlers existed.
/// </summary>
/// Guid and DateTimeOffset are in Dapper's own type map, which wins over a handler for parameters: they leave it first.
/// Enumerations cannot be told: Dapper sends an enum parameter as its number and parses an enum column by member name
/// before it looks for a handler, so their snake_case text goes through <see cref="EnumText"/>.
public static class StoredTypes
{
    private static readonly Lock Gate = new();
    private static bool registered;

    // The same handlers, for parameters bound without Dapper (SqlBatch); filled before the first use, read-only after.
    private static readonly Dictionary<Type, SqlMapper.ITypeHandler> Handlers = [];

    /// <summary>Registers the handlers; later calls do nothing.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (!registered)
            {
                Apply();
                registered = true;
            }
        }
    }

    private static void Apply()
    {
        SqlMapper.RemoveTypeMap(typeof(Guid));
        SqlMapper.RemoveTypeMap(typeof(Guid?));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        Add(new Text<Guid>(id => id.ToString("D"), Guid.Parse));
        Add(new Text<DateTimeOffset>(StoredTime.Write, StoredTime.Read));
        Add(new Text<LocalDate>(WallClock.WriteDate, WallClock.ReadDate));
        Add(new Text<LocalDateTime>(WallClock.Write, WallClock.Read));
        Add(new Text<LocalTime>(WallClock.WriteTime, WallClock.ReadTime));
    }

    // Registers the handler for T and T? alike.
    private static void Add<T>(Text<T> handler)
        where T : struct
    {
        SqlMapper.AddTypeHandler(typeof(T), handler);
        Handlers[typeof(T)] = handler;
    }

    /// <summary>The handler registered for <paramref name="type"/> (or the type it makes nullable), if any.</summary>
    internal static SqlMapper.ITypeHandler? HandlerFor(Type type)
    {
        Register();
        return Handlers.GetValueOrDefault(Nullable.GetUnderlyingType(type) ?? type);
    }

    /// <summary>A value kept as one TEXT column on every vendor.</summary>
    /// Not Dapper's TypeHandler&lt;T&gt;: it passes a null on untyped, and PostgreSQL cannot type <c>@x IS NULL</c> then.
    private sealed class Text<T>(Func<T, string> write, Func<string, T> read) : SqlMapper.ITypeHandler
        where T : struct
    {
        public void SetValue(IDbDataParameter parameter, object value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value is T typed ? write(typed) : DBNull.Value;
        }

        // A provider that already gives the type (a uuid column read elsewhere in the process) keeps it.
        public object Parse(Type destinationType, object value) => value is T typed ? typed : read((string)value);
    }
}
