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

    // Each stored type's handler: registered with Dapper once, and read as it is by SqlBatch, which binds without Dapper.
    private static readonly Dictionary<Type, SqlMapper.ITypeHandler> Handlers = new()
    {
        [typeof(Guid)] = new Text<Guid>(id => id.ToString("D"), Guid.Parse),
        [typeof(DateTimeOffset)] = new Text<DateTimeOffset>(StoredTime.Write, StoredTime.Read),
        [typeof(LocalDate)] = new Text<LocalDate>(WallClock.WriteDate, WallClock.ReadDate),
        [typeof(LocalDateTime)] = new Text<LocalDateTime>(WallClock.Write, WallClock.Read),
        [typeof(LocalTime)] = new Text<LocalTime>(WallClock.WriteTime, WallClock.ReadTime),
    };

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
        foreach (var (type, handler) in Handlers)
        {
            SqlMapper.AddTypeHandler(type, handler); // for T and T? alike
        }
    }

    /// <summary>The handler for <paramref name="type"/> (or the type it makes nullable), if it is a stored type.</summary>
    internal static SqlMapper.ITypeHandler? HandlerFor(Type type) => Handlers.GetValueOrDefault(Nullable.GetUnderlyingType(type) ?? type);

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
