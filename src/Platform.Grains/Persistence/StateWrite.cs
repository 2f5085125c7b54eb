namespace Platform.Grains.Persistence;

/// <summary>
/// One statement that writes a grain's state row only if the stored version is the one the grain loaded, e.g.
/// <c>UPDATE x SET ..., version = @version + 1 WHERE id = @id AND version = @version</c>, or an
/// <c>INSERT ... ON CONFLICT (id) DO UPDATE ... WHERE x.version = @version</c> that also creates the row.
/// It must affect exactly one row; none means another writer got there first.
/// </summary>
public sealed record StateWrite(string Sql, object Parameters);
