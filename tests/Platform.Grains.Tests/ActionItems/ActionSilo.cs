using Platform.Grains.ActionItems;
using Platform.Grains.Tests.WorkingGroups;

namespace Platform.Grains.Tests.ActionItems;

/// <summary>The action item grain over a test database, with its queries on the silo's clock.</summary>
internal sealed class ActionSilo(Database database) : GrainSilo<IActionItemEvent>(database)
{
    public static Task<ActionSilo> StartAsync() => OnOwnDatabaseAsync(database => new ActionSilo(database));

    public ActionItemQueries Queries => new(Groups.Database, Time);

    public IActionItemGrain Item(Guid id) => Grain<IActionItemGrain>(id);

    public async Task<Guid> CreateAsync(Guid group, string actor, ActionItemDetails details)
    {
        var id = Guid.NewGuid();
        await Item(id).CreateAsync(new CreateActionItem(group, details, null, actor));
        return id;
    }

    public static ActionItemDetails Details(string? owner, Guid? org = null, LocalDate? due = null, string title = "Informe de incidentes") =>
        new(title, "Recoger los casos del trimestre", owner, org, due, ActionItemPriority.Normal);
}
