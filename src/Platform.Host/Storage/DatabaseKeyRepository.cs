using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Platform.Host.Storage;

/// <summary>
/// The data-protection key ring in the database, so every host of a cluster signs and reads cookies and antiforgery
/// tokens with the same keys. Data protection calls this synchronously and rarely (start-up, key ring refresh, a new
/// key every 90 days), so the calls wait on the database here.
/// </summary>
internal sealed class DatabaseKeyRepository(Database database, TimeProvider time) : IXmlRepository
{
    private const string SelectKeys = "SELECT xml FROM data_protection_key ORDER BY created_at, name";

    public IReadOnlyCollection<XElement> GetAllElements() => ReadAsync().GetAwaiter().GetResult();

    private async Task<IReadOnlyCollection<XElement>> ReadAsync()
    {
        var keys = await database.QueryAsync<string>(SelectKeys);
        return [.. keys.Select(XElement.Parse)];
    }

    // Two hosts may create a key at the same moment: each under its own name (data protection names keys by their id).
    private const string InsertKey = """
        INSERT INTO data_protection_key (name, xml, created_at)
        VALUES (@name, @xml, @createdAt)
        ON CONFLICT (name) DO NOTHING
        """;

    public void StoreElement(XElement element, string friendlyName) => StoreAsync(element, friendlyName).GetAwaiter().GetResult();

    private async Task StoreAsync(XElement element, string friendlyName)
    {
        using var turn = await database.WaitToWriteAsync();
        await database.ExecuteAsync(InsertKey, new { name = friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), createdAt = StoredTime.Write(time.GetUtcNow()) });
    }
}
